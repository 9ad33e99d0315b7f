// Records how a scheduled run ended.
// $key: job and slot
// $summary: what it did, in a sentence
// $failed: whether it ended in an error
MATCH (r:ScheduledRun {key: $key})
SET r.finishedAt = datetime(), r.summary = $summary, r.failed = $failed
RETURN r.key AS key

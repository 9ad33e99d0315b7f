// Records that a scheduled job's run for one slot (such as digest@2026-12-03T08) has begun. The
// uniqueness constraint on the key refuses a second start, so one process alone runs each slot.
// $key: job and slot
// $job: the job's name
// $slot: the slot it runs for
// $holder: which process runs it
CREATE (r:ScheduledRun {key: $key, job: $job, slot: $slot, holder: $holder, startedAt: datetime()})
RETURN r.key AS key

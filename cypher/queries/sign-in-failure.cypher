// Counts a failed sign-in for one email from one address. Past $freeFailures in the last hour,
// every further attempt from there must wait, twice as long each time, up to $maxDelaySeconds.
// Written for unknown emails too, so that a wrong password and an unknown email cost the same.
// $key: SHA-256 of the email and the address
// $freeFailures: failures allowed before delays begin
// $baseDelaySeconds: the first delay
// $maxDelaySeconds: the longest delay
MERGE (t:SignInThrottle {key: $key})
WITH t, CASE WHEN t.lastFailureAt IS NULL OR t.lastFailureAt < datetime() - duration('PT1H') THEN 1 ELSE t.failures + 1 END AS failures
SET t.failures = failures,
    t.lastFailureAt = datetime(),
    t.nextAttemptAt = CASE
      WHEN failures < $freeFailures THEN null
      ELSE datetime() + duration({seconds: toInteger(CASE WHEN $baseDelaySeconds * 2.0 ^ (failures - $freeFailures) > $maxDelaySeconds THEN $maxDelaySeconds ELSE $baseDelaySeconds * 2.0 ^ (failures - $freeFailures) END)})
    END
RETURN t.failures AS failures, t.nextAttemptAt AS waitUntil

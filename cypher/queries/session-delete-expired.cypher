// Removes sessions that can no longer be used, a batch at a time.
// $idleSeconds: how long a session may go unused
MATCH (s:Session)
WHERE s.expiresAt <= datetime() OR s.lastSeenAt <= datetime() - duration({seconds: $idleSeconds})
WITH s LIMIT 10000
DETACH DELETE s
RETURN count(*) AS deleted

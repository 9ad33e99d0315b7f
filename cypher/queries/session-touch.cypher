// Marks a session as used now (keeps it from idling out).
// $id: SHA-256 of the session token
MATCH (s:Session {id: $id})
SET s.lastSeenAt = datetime()
RETURN s.id AS id

// Ends one session.
// $id: SHA-256 of the session token
MATCH (s:Session {id: $id})
DETACH DELETE s
RETURN count(*) AS deleted

// Locks an account for a change (revision bump before reading) and says whether it is still only
// an invitation (no password chosen).
// $id: the user's id
MATCH (u:User {id: $id})
SET u.revision = coalesce(u.revision, 0) + 1
RETURN u.passwordHash IS NULL AS invited

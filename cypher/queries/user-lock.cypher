// Locks an account for a change (a property set and removed at once: the write lock, and nothing left behind) and says whether it is still only
// an invitation (no password chosen).
// $id: the user's id
MATCH (u:User {id: $id})
SET u.lockedForChange = true REMOVE u.lockedForChange
RETURN u.passwordHash IS NULL AS invited

// A successful sign-in: the failure count and any lapsed lock are cleared.
// $id: the user's id
MATCH (u:User {id: $id})
SET u.failedLogins = 0, u.lockedUntil = null, u.lastSignInAt = datetime()
RETURN u.id AS id

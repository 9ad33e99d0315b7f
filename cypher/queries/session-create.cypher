// Starts a session for a user.
// $id: SHA-256 of the session token (the token itself is never stored)
// $userId: the user's id
// $csrfToken: the token writes must echo in X-CSRF-Token
// $maxSeconds: absolute lifetime
MATCH (u:User {id: $userId})
CREATE (s:Session {id: $id, csrfToken: $csrfToken, createdAt: datetime(), lastSeenAt: datetime(),
                   expiresAt: datetime() + duration({seconds: $maxSeconds})})-[:OF]->(u)
RETURN s.expiresAt AS expiresAt

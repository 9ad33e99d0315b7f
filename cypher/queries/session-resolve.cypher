// The live session with this id and its user; expired sessions (idle too long, or past their
// absolute end) and sessions of disabled users are found as nothing.
// $id: SHA-256 of the session token
// $idleSeconds: how long a session may go unused
MATCH (s:Session {id: $id})-[:OF]->(u:User)
WHERE s.expiresAt > datetime()
  AND s.lastSeenAt > datetime() - duration({seconds: $idleSeconds})
  AND NOT coalesce(u.disabled, false)
RETURN s {.csrfToken, .expiresAt, .lastSeenAt} AS session,
       u {.id, .email, .role, partnerId: [(u)-[:IS]->(p:Partner) | p.id][0], mfa: u.totpSecret IS NOT NULL} AS user

// Sets a new password hash and ends every session of the user (the caller starts a new one).
// $id: the user's id
// $passwordHash: argon2id hash
MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash, u.passwordChangedAt = datetime(), u.invitationHash = null, u.invitationExpiresAt = null
WITH u
CALL (u) {
  MATCH (s:Session)-[:OF]->(u)
  DETACH DELETE s
}
RETURN u.id AS id

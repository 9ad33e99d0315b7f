// Creates a user, linked to their partner when they are one (the email's uniqueness constraint
// refuses a second account for the same address).
// $props: id, email, role, passwordHash (or null), invitationHash (or null)
// $invitationSeconds: how long the invitation stays valid, or null when there is none
// $partner: partner id, or null
CREATE (u:User)
SET u = $props, u.createdAt = datetime(), u.disabled = false,
    u.invitationExpiresAt = CASE WHEN $invitationSeconds IS NULL THEN null ELSE datetime() + duration({seconds: $invitationSeconds}) END
WITH u
CALL (u) {
  MATCH (p:Partner {id: $partner})
  CREATE (u)-[:IS]->(p)
}
RETURN u.id AS id

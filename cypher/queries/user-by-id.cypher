// One user by id, with their partner.
// $id: the user's id
MATCH (u:User {id: $id})
RETURN u {
  .id, .email, .role, .passwordHash, .totpSecret, .totpPendingSecret, .totpLastStep, .recoveryCodeHashes, .createdAt, .lastSignInAt,
  disabled: coalesce(u.disabled, false),
  partner: [(u)-[:IS]->(p:Partner) | p {.id, .name}][0]
} AS user

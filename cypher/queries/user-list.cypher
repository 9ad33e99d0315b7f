// Every user, by email.
MATCH (u:User)
WITH u ORDER BY u.email
RETURN u {
  .id, .email, .role, .passwordHash, .totpSecret, .totpPendingSecret, .totpLastStep, .recoveryCodeHashes, .createdAt, .lastSignInAt,
  disabled: coalesce(u.disabled, false),
  partner: [(u)-[:IS]->(p:Partner) | p {.id, .name}][0]
} AS user

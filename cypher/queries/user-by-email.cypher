// One user by email, with what sign-in needs (password hash, second factor) and their partner.
// $email: lower-case email
MATCH (u:User {email: $email})
RETURN u {
  .id, .email, .role, .passwordHash, .totpSecret, .totpPendingSecret, .totpLastStep, .recoveryCodeHashes, .createdAt, .lastSignInAt,
  disabled: coalesce(u.disabled, false),
  partner: [(u)-[:IS]->(p:Partner) | p {.id, .name}][0]
} AS user

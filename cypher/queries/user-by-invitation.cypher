// The user an unexpired invitation belongs to.
// $invitationHash: SHA-256 of the invitation token
MATCH (u:User {invitationHash: $invitationHash})
WHERE u.invitationExpiresAt > datetime()
RETURN u {
  .id, .email, .role, .passwordHash, .totpSecret, .totpPendingSecret, .totpLastStep, .recoveryCodeHashes, .createdAt, .lastSignInAt,
  disabled: coalesce(u.disabled, false),
  partner: [(u)-[:IS]->(p:Partner) | p {.id, .name}][0]
} AS user

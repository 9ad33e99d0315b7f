// Turns two-step sign-in off: the secret and the recovery codes are forgotten.
// $id: the user's id
MATCH (u:User {id: $id})
REMOVE u.totpSecret, u.totpPendingSecret, u.totpLastStep, u.recoveryCodeHashes
RETURN u.id AS id

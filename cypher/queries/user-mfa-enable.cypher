// Turns two-step sign-in on with the pending secret (the one the code was checked against), and
// replaces the recovery codes. No row when the pending secret changed meanwhile.
// $id: the user's id
// $secret: the pending secret the code was checked against
// $step: the TOTP time step of that code (it cannot be used again)
// $recoveryCodeHashes: SHA-256 of each new recovery code
MATCH (u:User {id: $id})
WHERE u.totpPendingSecret = $secret
SET u.totpSecret = $secret, u.totpPendingSecret = null, u.totpLastStep = $step, u.recoveryCodeHashes = $recoveryCodeHashes
RETURN u.id AS id

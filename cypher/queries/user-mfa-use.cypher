// Spends a second factor, once: a TOTP time step later than the last one used, or one of the
// recovery codes (then removed). The user is write-locked first (the property is set and removed at
// once), so two sign-ins with the same code cannot both pass. No row when it was already spent.
// $id: the user's id
// $step: the TOTP time step of a valid code, or null
// $recoveryCodeHash: SHA-256 of a recovery code, or null
MATCH (u:User {id: $id})
SET u.lockedForSignIn = true REMOVE u.lockedForSignIn
WITH u
WHERE ($step IS NOT NULL AND coalesce(u.totpLastStep, -1) < $step)
   OR ($recoveryCodeHash IS NOT NULL AND $recoveryCodeHash IN coalesce(u.recoveryCodeHashes, []))
SET u.totpLastStep = CASE WHEN $step IS NULL THEN u.totpLastStep ELSE $step END,
    u.recoveryCodeHashes = [hash IN coalesce(u.recoveryCodeHashes, []) WHERE $recoveryCodeHash IS NULL OR hash <> $recoveryCodeHash]
RETURN u.id AS id

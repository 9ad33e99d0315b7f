// Keeps a new second-factor secret as pending: it signs nothing in until confirmed with a code.
// $id: the user's id
// $secret: base32 TOTP secret
MATCH (u:User {id: $id})
SET u.totpPendingSecret = $secret
RETURN u.id AS id

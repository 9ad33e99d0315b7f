// A successful sign-in from an address clears its throttle for that email, and is recorded.
// $key: SHA-256 of the email and the address (null after accepting an invitation)
// $id: the user's id
MATCH (u:User {id: $id})
SET u.lastSignInAt = datetime()
WITH u
CALL (u) {
  MATCH (t:SignInThrottle {key: $key})
  DELETE t
}
RETURN u.id AS id

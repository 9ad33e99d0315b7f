// Whether sign-ins for one email from one address must wait, and until when.
// $key: SHA-256 of the email and the address (the same for emails with and without an account)
OPTIONAL MATCH (t:SignInThrottle {key: $key})
RETURN CASE WHEN t.nextAttemptAt > datetime() THEN t.nextAttemptAt ELSE null END AS waitUntil

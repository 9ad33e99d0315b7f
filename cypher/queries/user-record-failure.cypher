// Counts a failed sign-in; at $maxFailures in a row the account locks for $lockSeconds.
// $id: the user's id
// $maxFailures: failures in a row that lock the account
// $lockSeconds: how long it stays locked
MATCH (u:User {id: $id})
SET u.failedLogins = coalesce(u.failedLogins, 0) + 1
WITH u
CALL (u) {
  WITH u WHERE u.failedLogins >= $maxFailures
  SET u.lockedUntil = datetime() + duration({seconds: $lockSeconds}), u.failedLogins = 0
}
RETURN u.lockedUntil AS lockedUntil

// Lets go of a claim whose request made nothing (refused or failed), so that a retry runs afresh.
// $key: the scoped key
MATCH (r:IdempotentRequest {key: $key})
WHERE r.state = 'pending'
DELETE r

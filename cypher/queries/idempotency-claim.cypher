// Claims an idempotency key for one request, or finds who holds it. The key's node is MERGEd under
// its uniqueness constraint, so of two requests sent at once exactly one claims it. A key is free
// again once remembered longer than a day, or when its claim was abandoned (a crash mid-request).
// $key: the scoped key (actor, route, path and the client's key, hashed)
// $digest: SHA-256 of the request body
// $now: when this request arrived
// $expiredBefore: a remembered answer older than this is forgotten
// $abandonedBefore: a claim without an answer older than this was abandoned
MERGE (r:IdempotentRequest {key: $key})
ON CREATE SET r.at = datetime('1970-01-01T00:00:00Z')
WITH r, r.at < datetime($expiredBefore) OR (r.state = 'pending' AND r.at < datetime($abandonedBefore)) AS claimed
SET r += CASE WHEN claimed THEN {digest: $digest, state: 'pending', at: datetime($now), status: null, body: null} ELSE {} END
RETURN claimed, r.digest AS digest, r.state AS state, r.status AS status, r.body AS body

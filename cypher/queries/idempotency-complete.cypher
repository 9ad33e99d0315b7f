// Remembers the answer to a claimed request, to replay to a retry with the same key.
// $key: the scoped key
// $status: the HTTP status answered
// $body: the JSON answered, as text
MATCH (r:IdempotentRequest {key: $key})
SET r.state = 'done', r.status = $status, r.body = $body

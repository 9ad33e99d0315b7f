// Forgets remembered answers past their day.
// $expiredBefore: older than this is forgotten
MATCH (r:IdempotentRequest)
WHERE r.at < datetime($expiredBefore)
WITH r LIMIT 10000
DELETE r

// Takes what waits for one account's digest of a local date, once: the account is locked, and on the
// same date a second take finds the digest already taken and returns nothing.
// $user: the account's id
// $date: the local date of the digest (YYYY-MM-DD)
MATCH (u:User {id: $user})
SET u.lockedForDigest = true REMOVE u.lockedForDigest
WITH u WHERE coalesce(u.lastDigestDate, '') <> $date AND NOT coalesce(u.disabled, false)
OPTIONAL MATCH (p:Partner)<-[:IS]-(u)
WITH u, p, COLLECT {
  MATCH (n:Notification {pendingDigest: true})-[:FOR]->(u)
  RETURN n ORDER BY n.createdAt
} AS waiting
WHERE size(waiting) > 0
SET u.lastDigestDate = $date
FOREACH (n IN waiting | SET n.pendingDigest = false, n.digestedAt = datetime())
RETURN u.email AS email, coalesce(p.name, u.email) AS name,
       [n IN waiting | n {.id, .kind, .title, .body, .link, createdAt: n.createdAt}] AS notifications

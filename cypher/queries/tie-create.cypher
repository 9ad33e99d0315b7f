// Records that two partners know each other, unless they already do (then no row comes back).
// Both partners are write-locked first, in id order (so two requests cannot deadlock), before the
// check: two requests for the same pair at once make one tie, not two. The lock is a property set
// and removed at once, so a refused request leaves nothing behind.
// $from: one partner's id
// $to: the other partner's id
// $since: ISO date, or null for today
// $strength: 1 to 5
MATCH (a:Partner {id: $from}), (b:Partner {id: $to})
FOREACH (p IN CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END | SET p.lockedForTie = true REMOVE p.lockedForTie)
WITH a, b
WHERE NOT EXISTS { (a)-[:KNOWS]-(b) }
CREATE (a)-[k:KNOWS {since: coalesce(date($since), date()), strength: $strength}]->(b)
RETURN a.id AS from, b.id AS to, k.since AS since, k.strength AS strength

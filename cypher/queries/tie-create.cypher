// Records that two partners know each other, unless they already do (then no row comes back).
// $from: one partner's id
// $to: the other partner's id
// $since: ISO date, or null for today
// $strength: 1 to 5
MATCH (a:Partner {id: $from}), (b:Partner {id: $to})
WHERE NOT EXISTS { (a)-[:KNOWS]-(b) }
CREATE (a)-[k:KNOWS {since: coalesce(date($since), date()), strength: $strength}]->(b)
RETURN a.id AS from, b.id AS to, k.since AS since, k.strength AS strength

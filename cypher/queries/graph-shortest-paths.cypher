// The shortest chains of acquaintance between two partners (all of them when several tie),
// those passing through a PAL first.
// $from: one partner's id
// $to: the other partner's id
// $maxHops: the longest chain worth showing (1 to 6)
// $limit: the most chains to return
MATCH (a:Partner {id: $from}), (b:Partner {id: $to})
MATCH path = ALL SHORTEST (a)-[:KNOWS]-{1,6}(b)
WHERE length(path) <= $maxHops
WITH path, nodes(path) AS chain
WITH chain, size([n IN chain[1..-1] WHERE n:PAL]) AS pals
ORDER BY pals DESC, [n IN chain | n.name]
LIMIT $limit
RETURN [n IN chain | n {.id, .name, .company, isPal: n:PAL}] AS partners

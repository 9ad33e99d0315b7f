// The shortest chains of acquaintance between two partners (all of them when several tie),
// those passing through a PAL first, with what the explorer needs to draw them.
// $from: one partner's id
// $to: the other partner's id
// $maxHops: the longest chain worth showing (1 to 6)
// $limit: the most chains to return
MATCH (a:Partner {id: $from}), (b:Partner {id: $to})
MATCH path = ALL SHORTEST (a)-[:KNOWS]-{1,6}(b)
WHERE length(path) <= $maxHops
WITH nodes(path) AS chain, relationships(path) AS ties
WITH chain, ties, size([n IN chain[1..-1] WHERE n:PAL]) AS pals
ORDER BY pals DESC, [n IN chain | n.name]
LIMIT $limit
RETURN [n IN chain | n {
  .id, .name, .company, .tier, .managed, .location,
  isPal: n:PAL,
  area: head(COLLECT { MATCH (n)-[:IN_AREA]->(area:Area) RETURN area.id }),
  areaName: head(COLLECT { MATCH (n)-[:IN_AREA]->(area:Area) RETURN area.name }),
  degree: COUNT { (n)-[:KNOWS]-(:Partner) }
}] AS partners,
[tie IN ties | {source: startNode(tie).id, target: endNode(tie).id, strength: tie.strength, since: tie.since}] AS ties

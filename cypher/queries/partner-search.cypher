// Full-text search: partners whose name or company matches, and partners offering a matching
// specialty (ranked a little lower), best first, optionally filtered.
// $search: a Lucene query built and escaped by the caller from the person's text
// $area: area id, or null for all
// $specialty: specialty id the partner offers, or null for all
// $tier: tier, or null for all
// $managed: true or false, or null for all
// $skip: how many results earlier pages showed
// $limit: page size (the caller asks for one more to learn whether another page follows)
CALL db.index.fulltext.queryNodes('partner_search', $search) YIELD node, score
CALL (node, score) {
  WITH node, score WHERE node:Partner
  RETURN node AS p, score AS rank
  UNION
  WITH node, score WHERE node:Specialty
  MATCH (p:Partner)-[:OFFERS]->(node)
  RETURN p, score * 0.5 AS rank
}
WITH p, max(rank) AS rank
WHERE ($tier IS NULL OR p.tier = $tier)
  AND ($managed IS NULL OR p.managed = $managed)
  AND ($area IS NULL OR EXISTS { (p)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($specialty IS NULL OR EXISTS { (p)-[:OFFERS]->(:Specialty {id: $specialty}) })
WITH p, rank
ORDER BY rank DESC, p.name, p.id
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (p)-[:IN_AREA]->(a:Area)
RETURN p {.id, .name, .company, .tier, .managed, .city, isPal: p:PAL, area: a {.id, .name}} AS partner

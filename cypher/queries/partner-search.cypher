// Full-text search: partners whose name or company matches, and for a matching specialty the PALs
// expert in it first, then the partners offering it (the best connected first), best first,
// optionally filtered; each with what it matched on.
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
  RETURN node AS p, score AS rank, null AS specialty, 'partner' AS via
  UNION
  WITH node, score WHERE node:Specialty
  MATCH (p:PAL)-[:EXPERT_IN]->(node)
  RETURN p, score * 3 AS rank, node AS specialty, 'expertise' AS via
  UNION
  WITH node, score WHERE node:Specialty
  MATCH (p:Partner)-[:OFFERS]->(node)
  RETURN p, score AS rank, node AS specialty, 'offers' AS via
}
WITH p, rank, specialty, via
ORDER BY rank DESC
WITH p, collect({rank: rank, specialty: specialty, via: via})[0] AS best
WHERE ($tier IS NULL OR p.tier = $tier)
  AND ($managed IS NULL OR p.managed = $managed)
  AND ($area IS NULL OR EXISTS { (p)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($specialty IS NULL OR EXISTS { (p)-[:OFFERS]->(:Specialty {id: $specialty}) })
WITH p, best, COUNT { (p)-[:KNOWS]-() } AS degree
ORDER BY best.rank DESC, degree DESC, p.name, p.id
SKIP $skip
LIMIT $limit
WITH p, best.via AS via, best.specialty AS s
OPTIONAL MATCH (p)-[:IN_AREA]->(a:Area)
RETURN p {.id, .name, .company, .tier, .managed, .city, isPal: p:PAL, area: a {.id, .name}} AS partner,
  via,
  CASE WHEN s IS NULL THEN null ELSE s {.id, .name} END AS specialty

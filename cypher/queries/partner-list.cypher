// One page of partners in name order, optionally filtered.
// $area: area id, or null for all
// $specialty: specialty id the partner offers, or null for all
// $tier: tier, or null for all
// $managed: true or false, or null for all
// $skip: how many partners earlier pages showed
// $limit: page size (the caller asks for one more to learn whether another page follows)
MATCH (p:Partner)
WHERE ($tier IS NULL OR p.tier = $tier)
  AND ($managed IS NULL OR p.managed = $managed)
  AND ($area IS NULL OR EXISTS { (p)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($specialty IS NULL OR EXISTS { (p)-[:OFFERS]->(:Specialty {id: $specialty}) })
WITH p
ORDER BY p.name, p.id
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (p)-[:IN_AREA]->(a:Area)
RETURN p {.id, .name, .company, .tier, .managed, .city, isPal: p:PAL, area: a {.id, .name}} AS partner

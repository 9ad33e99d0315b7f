// The partners within $depth hops of one partner over KNOWS, nearest (then best connected) first,
// cut at $limit, with how many there were in all. Ties among them come from graph-edges-among.
// $id: the focused partner
// $depth: 1 to 3 hops
// $limit: the most partners to return besides the focused one
MATCH (center:Partner {id: $id})
OPTIONAL MATCH path = ANY SHORTEST (center)-[:KNOWS]-{1,3}(other:Partner)
WHERE other <> center AND length(path) <= $depth
WITH center, other, length(path) AS distance, COUNT { (other)-[:KNOWS]-() } AS degree
ORDER BY distance, degree DESC, other.name
WITH center, [row IN collect({partner: other, distance: distance}) WHERE row.partner IS NOT NULL] AS reached
WITH size(reached) AS total, [{partner: center, distance: 0}] + reached[0..$limit] AS shown
UNWIND shown AS row
WITH total, row.partner AS p, row.distance AS distance
OPTIONAL MATCH (p)-[:IN_AREA]->(a:Area)
RETURN total, p {
  .id, .name, .company, .tier, .managed,
  isPal: p:PAL,
  area: a.id,
  distance: distance,
  degree: COUNT { (p)-[:KNOWS]-(:Partner) }
} AS partner

// The partners within $depth hops of one partner over KNOWS ties of at least $minStrength, nearest
// (then best connected) first, cut at $limit, with how many matched in all. Filters choose which
// partners are shown; the ties through which they are reached may pass anyone. Each depth has its own
// branch so that a 1-hop view never pays for a 3-hop search (only the branch whose guard holds runs).
// $id: the focused partner
// $depth: 1 to 3 hops
// $limit: the most partners to return besides the focused one
// $minStrength: the weakest tie to follow (1 to 5)
// $area: area id, or null for all
// $tier: tier, or null for all
// $managed: true or false, or null for all
// $specialty: specialty id, or null for all
// $specialtyMode: 'offers' or 'seeks': how partners relate to $specialty
MATCH (center:Partner {id: $id})
OPTIONAL CALL (center) {
  WITH center WHERE $depth = 1
  MATCH path = ANY SHORTEST (center)(()-[k:KNOWS WHERE k.strength >= $minStrength]-()){1,1}(other:Partner)
  RETURN other, length(path) AS distance
  UNION
  WITH center WHERE $depth = 2
  MATCH path = ANY SHORTEST (center)(()-[k:KNOWS WHERE k.strength >= $minStrength]-()){1,2}(other:Partner)
  RETURN other, length(path) AS distance
  UNION
  WITH center WHERE $depth = 3
  MATCH path = ANY SHORTEST (center)(()-[k:KNOWS WHERE k.strength >= $minStrength]-()){1,3}(other:Partner)
  RETURN other, length(path) AS distance
}
// A partner the filters leave out becomes null rather than dropping its row, so the focused partner
// is still returned when the filters leave nobody else (an empty view, not a missing partner).
WITH center, distance, CASE WHEN other IS NOT NULL
  AND other <> center
  AND ($tier IS NULL OR other.tier = $tier)
  AND ($managed IS NULL OR other.managed = $managed)
  AND ($area IS NULL OR EXISTS { (other)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($specialty IS NULL
    OR ($specialtyMode = 'seeks' AND EXISTS { (other)-[:SEEKS]->(:Specialty {id: $specialty}) })
    OR ($specialtyMode = 'offers' AND EXISTS { (other)-[:OFFERS]->(:Specialty {id: $specialty}) }))
  THEN other END AS other
WITH center, other, distance, COUNT { (other)-[:KNOWS]-() } AS degree
ORDER BY distance, degree DESC, other.name
WITH center, [row IN collect({partner: other, distance: distance}) WHERE row.partner IS NOT NULL] AS reached
WITH size(reached) AS total, [{partner: center, distance: 0}] + reached[0..$limit] AS shown
UNWIND shown AS row
WITH total, row.partner AS p, row.distance AS distance
OPTIONAL MATCH (p)-[:IN_AREA]->(a:Area)
RETURN total, p {
  .id, .name, .company, .tier, .managed, .location,
  isPal: p:PAL,
  area: a.id,
  areaName: a.name,
  distance: distance,
  degree: COUNT { (p)-[:KNOWS]-(:Partner) }
} AS partner

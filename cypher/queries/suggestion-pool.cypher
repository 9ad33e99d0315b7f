// The partners a PAL could introduce to each other: those the PAL knows and (up to a cap) those in
// the PAL's area, open to introductions, with what the pair scoring needs.
// $id: the PAL
// $areaCap: the most partners of the area to add to those the PAL knows
MATCH (pal:PAL {id: $id})
OPTIONAL MATCH (pal)-[:LEADS]->(area:Area)
CALL (pal, area) {
  MATCH (pal)-[:KNOWS]-(p:Partner)
  RETURN p
  UNION
  OPTIONAL CALL (pal, area) {
    MATCH (area)<-[:IN_AREA]-(p:Partner)
    WHERE p <> pal
    RETURN p LIMIT $areaCap
  }
  RETURN p
}
WITH pal, p
WHERE p IS NOT NULL AND coalesce(p.openToIntroductions, true)
OPTIONAL MATCH (p)-[:IN_AREA]->(theirArea:Area)
RETURN p {
  .id, .name, .location,
  area: theirArea.id,
  knownByPal: EXISTS { (pal)-[:KNOWS]-(p) },
  degree: COUNT { (p)-[:KNOWS]-() },
  offers: COLLECT { MATCH (p)-[:OFFERS]->(s:Specialty) RETURN s.id },
  seeks: COLLECT { MATCH (p)-[:SEEKS]->(s:Specialty) RETURN s.id },
  groups: COLLECT { MATCH (p)-[:MEMBER_OF|RUNS]->(g:UserGroup) RETURN DISTINCT g {.id, .name} }
} AS partner,
COUNT { (pal)-[:KNOWS]-() } AS palDegree,
pal.name AS palName,
COUNT { (:Partner) } AS totalPartners

// Changes the given fields of a partner; null lists and ids leave that part as it is.
// $id: the partner's id
// $props: plain properties to set (only those given)
// $setLocation: whether $location should be written
// $location: {latitude, longitude} or null to clear it
// $joinedAt: ISO date, or null to keep it
// $area: new area id, or null to keep it
// $offers: the complete new list of specialty ids offered, or null to keep them
// $seeks: the complete new list of specialty ids sought, or null to keep them
MATCH (p:Partner {id: $id})
SET p += $props,
    p.location = CASE WHEN $setLocation THEN CASE WHEN $location IS NULL THEN null ELSE point($location) END ELSE p.location END,
    p.joinedAt = coalesce(date($joinedAt), p.joinedAt),
    p.updatedAt = datetime()
WITH p
CALL (p) {
  WITH p WHERE $area IS NOT NULL
  MATCH (a:Area {id: $area})
  OPTIONAL MATCH (p)-[old:IN_AREA]->(:Area)
  DELETE old
  WITH DISTINCT p, a
  CREATE (p)-[:IN_AREA]->(a)
}
CALL (p) {
  WITH p WHERE $offers IS NOT NULL
  OPTIONAL MATCH (p)-[old:OFFERS]->(:Specialty)
  DELETE old
  WITH DISTINCT p
  UNWIND $offers AS specialtyId
  MATCH (s:Specialty {id: specialtyId})
  CREATE (p)-[:OFFERS]->(s)
}
CALL (p) {
  WITH p WHERE $seeks IS NOT NULL
  OPTIONAL MATCH (p)-[old:SEEKS]->(:Specialty)
  DELETE old
  WITH DISTINCT p
  UNWIND $seeks AS specialtyId
  MATCH (s:Specialty {id: specialtyId})
  CREATE (p)-[:SEEKS]->(s)
}
RETURN p.id AS id

// Creates a partner in an area, with the specialties it offers and seeks.
// $props: plain properties (id, name, company, tier, managed, city, website, email, phone, openToIntroductions)
// $location: {latitude, longitude} or null
// $joinedAt: ISO date, or null for today
// $area: area id (checked to exist beforehand)
// $offers: specialty ids offered
// $seeks: specialty ids sought
MATCH (a:Area {id: $area})
CREATE (p:Partner)
SET p = $props,
    p.location = CASE WHEN $location IS NULL THEN null ELSE point($location) END,
    p.joinedAt = coalesce(date($joinedAt), date()),
    p.createdAt = datetime()
CREATE (p)-[:IN_AREA]->(a)
WITH p
CALL (p) {
  UNWIND $offers AS specialtyId
  MATCH (s:Specialty {id: specialtyId})
  CREATE (p)-[:OFFERS]->(s)
}
CALL (p) {
  UNWIND $seeks AS specialtyId
  MATCH (s:Specialty {id: specialtyId})
  CREATE (p)-[:SEEKS]->(s)
}
RETURN p.id AS id

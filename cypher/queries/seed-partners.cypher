// Seeding: creates or updates partners with their area and the specialties they offer and seek.
// $rows: list of partner records (id, name, company, tier, managed, city, area, location, website,
//        email, phone, joinedAt, openToIntroductions, offers, seeks)
UNWIND $rows AS row
MERGE (p:Partner {id: row.id})
SET p.name = row.name, p.company = row.company, p.tier = row.tier, p.managed = row.managed,
    p.city = row.city, p.location = point(row.location), p.website = row.website, p.email = row.email,
    p.phone = row.phone, p.joinedAt = date(row.joinedAt), p.openToIntroductions = row.openToIntroductions
WITH p, row
MATCH (a:Area {id: row.area})
MERGE (p)-[:IN_AREA]->(a)
WITH p, row
CALL (p, row) {
  UNWIND row.offers AS specialtyId
  MATCH (s:Specialty {id: specialtyId})
  MERGE (p)-[:OFFERS]->(s)
}
CALL (p, row) {
  UNWIND row.seeks AS specialtyId
  MATCH (s:Specialty {id: specialtyId})
  MERGE (p)-[:SEEKS]->(s)
}

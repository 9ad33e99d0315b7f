// Seeding: user group meetings with their topics, registrations and attendance (MET_AT, dated).
// $rows: list of {id, group, title, startsAt, endsAt, place, onlineUrl, specialties, registered, attended}
UNWIND $rows AS row
MATCH (g:UserGroup {id: row.group})
MERGE (m:Meeting {id: row.id})
SET m.title = row.title, m.startsAt = datetime(row.startsAt), m.endsAt = datetime(row.endsAt),
    m.place = row.place, m.onlineUrl = row.onlineUrl, m.createdAt = datetime(row.startsAt) - duration('P30D')
MERGE (m)-[:OF_GROUP]->(g)
WITH m, row
CALL (m, row) {
  UNWIND row.specialties AS sid
  MATCH (s:Specialty {id: sid})
  MERGE (m)-[:COVERS]->(s)
}
CALL (m, row) {
  UNWIND row.registered AS pid
  MATCH (p:Partner {id: pid})
  MERGE (p)-[r:REGISTERED_FOR]->(m)
  ON CREATE SET r.at = m.createdAt
}
CALL (m, row) {
  UNWIND row.attended AS pid
  MATCH (p:Partner {id: pid})
  MERGE (p)-[r:MET_AT]->(m)
  SET r.date = date(m.startsAt)
}

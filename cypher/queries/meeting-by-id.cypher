// One meeting with who registered and who attended.
// $id: the meeting's id
MATCH (m:Meeting {id: $id})-[:OF_GROUP]->(g:UserGroup)
WITH m, m {
  .id, .title, .startsAt, .endsAt, .place, .onlineUrl,
  group: g {.id, .name},
  area: [(g)-[:IN_AREA]->(a:Area) | a {.id, .name}][0],
  specialties: COLLECT { MATCH (m)-[:COVERS]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  registered: COUNT { (:Partner)-[:REGISTERED_FOR]->(m) },
  attended: COUNT { (:Partner)-[:MET_AT]->(m) }
} AS base
RETURN base {
  .*,
  registeredPartners: COLLECT { MATCH (p:Partner)-[:REGISTERED_FOR]->(m) WITH p ORDER BY p.name RETURN p {.id, .name} },
  attendedPartners: COLLECT { MATCH (p:Partner)-[:MET_AT]->(m) WITH p ORDER BY p.name RETURN p {.id, .name} }
} AS meeting

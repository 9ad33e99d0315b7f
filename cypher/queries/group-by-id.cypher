// One user group with its members and every meeting, newest first.
// $id: the group's id
MATCH (g:UserGroup {id: $id})
OPTIONAL MATCH (g)-[:IN_AREA]->(a:Area)
OPTIONAL MATCH (runner:Partner)-[:RUNS]->(g)
RETURN g {
  .id, .name, area: a {.id, .name}, runBy: runner {.id, .name},
  members: COUNT { (:Partner)-[:MEMBER_OF]->(g) },
  memberList: COLLECT { MATCH (p:Partner)-[:MEMBER_OF]->(g) WITH p ORDER BY p.name RETURN p {.id, .name} },
  nextMeeting: COLLECT { MATCH (m:Meeting)-[:OF_GROUP]->(g) WHERE m.startsAt >= datetime() WITH m ORDER BY m.startsAt RETURN m {.id, .title, .startsAt} }[0],
  meetings: COLLECT { MATCH (m:Meeting)-[:OF_GROUP]->(g) WITH m ORDER BY m.startsAt DESC RETURN m {
  .id, .title, .startsAt, .endsAt, .place, .onlineUrl,
  group: g {.id, .name},
  area: [(g)-[:IN_AREA]->(a:Area) | a {.id, .name}][0],
  specialties: COLLECT { MATCH (m)-[:COVERS]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  registered: COUNT { (:Partner)-[:REGISTERED_FOR]->(m) },
  attended: COUNT { (:Partner)-[:MET_AT]->(m) }
} }
} AS group

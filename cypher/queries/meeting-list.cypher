// Meetings of one group or of every group in one area, between two instants, soonest first.
// $group: group id, or null
// $area: area id, or null
// $from: ISO date-time, or null for no lower bound
// $to: ISO date-time, or null for no upper bound
MATCH (m:Meeting)-[:OF_GROUP]->(g:UserGroup)
WHERE ($group IS NULL OR g.id = $group)
  AND ($area IS NULL OR EXISTS { (g)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($from IS NULL OR m.startsAt >= datetime($from))
  AND ($to IS NULL OR m.startsAt <= datetime($to))
WITH m, g ORDER BY m.startsAt
RETURN m {
  .id, .title, .startsAt, .endsAt, .place, .onlineUrl,
  group: g {.id, .name},
  area: [(g)-[:IN_AREA]->(a:Area) | a {.id, .name}][0],
  specialties: COLLECT { MATCH (m)-[:COVERS]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  registered: COUNT { (:Partner)-[:REGISTERED_FOR]->(m) },
  attended: COUNT { (:Partner)-[:MET_AT]->(m) }
} AS meeting

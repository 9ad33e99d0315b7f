// Meetings of one group, of every group in one area, or that one partner registered for, between
// two instants, soonest first (latest first with $latestFirst).
// $group: group id, or null
// $area: area id, or null
// $registrant: a partner's id: only the meetings they registered for; or null
// $from: ISO date-time, or null for no lower bound
// $to: ISO date-time, or null for no upper bound
// $latestFirst: true to list the latest first
MATCH (m:Meeting)-[:OF_GROUP]->(g:UserGroup)
WHERE ($group IS NULL OR g.id = $group)
  AND ($area IS NULL OR EXISTS { (g)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($from IS NULL OR m.startsAt >= datetime($from))
  AND ($to IS NULL OR m.startsAt <= datetime($to))
  AND ($registrant IS NULL OR EXISTS { (:Partner {id: $registrant})-[:REGISTERED_FOR]->(m) })
WITH m, g ORDER BY CASE WHEN $latestFirst THEN null ELSE m.startsAt END, m.startsAt DESC
RETURN m {
  .id, .title, .startsAt, .endsAt, .place, .onlineUrl,
  group: g {.id, .name},
  area: [(g)-[:IN_AREA]->(a:Area) | a {.id, .name}][0],
  specialties: COLLECT { MATCH (m)-[:COVERS]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  registered: COUNT { (:Partner)-[:REGISTERED_FOR]->(m) },
  attended: COUNT { (:Partner)-[:MET_AT]->(m) }
} AS meeting

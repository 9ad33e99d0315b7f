// User groups, optionally of one area, with their runner, member count and next meeting.
// $area: area id, or null for all
MATCH (g:UserGroup)
OPTIONAL MATCH (g)-[:IN_AREA]->(a:Area)
WITH g, a WHERE $area IS NULL OR a.id = $area
OPTIONAL MATCH (runner:Partner)-[:RUNS]->(g)
WITH g, a, runner ORDER BY g.name
RETURN g {
  .id, .name, area: a {.id, .name}, runBy: runner {.id, .name},
  members: COUNT { (:Partner)-[:MEMBER_OF]->(g) },
  nextMeeting: COLLECT { MATCH (m:Meeting)-[:OF_GROUP]->(g) WHERE m.startsAt >= datetime() WITH m ORDER BY m.startsAt RETURN m {.id, .title, .startsAt} }[0]
} AS group

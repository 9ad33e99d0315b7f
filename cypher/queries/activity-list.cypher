// Activities by id, by a PAL, or in an area (its own, or at one of its groups), in a period; newest first.
// $ids: activity ids, or null
// $pal: PAL id, or null
// $area: area id, or null
// $from: ISO date, or null
// $to: ISO date, or null
MATCH (pal:Partner)-[:DID]->(act:Activity)
WHERE ($ids IS NULL OR act.id IN $ids)
  AND ($pal IS NULL OR pal.id = $pal)
  AND ($area IS NULL OR EXISTS { (act)-[:IN_AREA]->(:Area {id: $area}) } OR EXISTS { (act)-[:AT_GROUP]->(:UserGroup)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($from IS NULL OR act.date >= date($from))
  AND ($to IS NULL OR act.date <= date($to))
WITH pal, act ORDER BY act.date DESC
RETURN act {
  .id, .kind, .title, .url, date: toString(act.date),
  pal: pal {.id, .name},
  area: [(act)-[:IN_AREA]->(a:Area) | a {.id, .name}][0],
  group: [(act)-[:AT_GROUP]->(g:UserGroup) | g {.id, .name}][0],
  specialties: COLLECT { MATCH (act)-[:COVERS]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  reached: COLLECT { MATCH (act)-[:REACHED]->(p:Partner) WITH p ORDER BY p.name RETURN p {.id, .name} }
} AS activity

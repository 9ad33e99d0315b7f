// Every PAL with the area they lead and what they are the expert in.
// (no parameters)
MATCH (p:PAL)
OPTIONAL MATCH (p)-[:LEADS]->(a:Area)
RETURN p {
  .id, .name, .company,
  area: a {.id, .name},
  expertIn: COLLECT { MATCH (p)-[:EXPERT_IN]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  knowsCount: COUNT { (p)-[:KNOWS]-(:Partner) }
} AS pal
ORDER BY p.name

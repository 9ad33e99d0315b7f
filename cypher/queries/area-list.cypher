// Every area with its PAL and how many partners it has.
// (no parameters)
MATCH (a:Area)
OPTIONAL MATCH (pal:PAL)-[:LEADS]->(a)
RETURN a {
  .id, .name, .region, .center,
  pal: pal {.id, .name},
  partnerCount: COUNT { (a)<-[:IN_AREA]-(:Partner) }
} AS area
ORDER BY a.name

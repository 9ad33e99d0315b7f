// Network health: areas with their PAL and centre, specialties, and PALs' expertise.
RETURN
  COLLECT { MATCH (a:Area) OPTIONAL MATCH (pal:PAL)-[:LEADS]->(a)
            RETURN a {.id, .name, pal: pal.id, latitude: a.center.latitude, longitude: a.center.longitude} } AS areas,
  COLLECT { MATCH (s:Specialty) RETURN s {.id, .name} } AS specialties,
  COLLECT { MATCH (pal:PAL) RETURN {id: pal.id, expertIn: [(pal)-[:EXPERT_IN]->(s:Specialty) | s.id]} } AS pals

// Who keeps a group's meetings and attendance: whoever runs it and the PAL of its area (no row: no such group).
// $id: the group's id
MATCH (g:UserGroup {id: $id})
OPTIONAL MATCH (runner:Partner)-[:RUNS]->(g)
OPTIONAL MATCH (g)-[:IN_AREA]->(:Area)<-[:LEADS]-(pal:PAL)
// g groups the aggregation, so a missing group gives no row rather than one empty list.
WITH g, COLLECT(DISTINCT runner.id) + COLLECT(DISTINCT pal.id) AS found
RETURN [keeper IN found WHERE keeper IS NOT NULL] AS keepers

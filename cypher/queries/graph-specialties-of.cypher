// The specialties a set of partners offer or seek, for drawing them as nodes.
// $ids: the partners' ids
MATCH (p:Partner)-[r:OFFERS|SEEKS]->(s:Specialty)
WHERE p.id IN $ids
RETURN p.id AS partner, type(r) AS kind, s.id AS specialty, s.name AS name

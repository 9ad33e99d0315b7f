// What past introductions teach, per specialty: of the decided introductions where the partner
// introduced sought a specialty the other offered, how many became collaborations.
// (no parameters)
MATCH (a:Partner)<-[:FROM]-(i:Introduction)-[:TO]->(b:Partner)
WHERE i.status IN ['collaborating', 'declined', 'lapsed']
MATCH (a)-[:SEEKS]->(s:Specialty)<-[:OFFERS]-(b)
RETURN s.id AS specialty, s.name AS name, count(*) AS decided, count(CASE WHEN i.status = 'collaborating' THEN 1 END) AS collaborations

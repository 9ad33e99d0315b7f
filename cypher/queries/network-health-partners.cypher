// Network health: every partner with what the metrics need, and the ids of the partners it knows.
// (Read once per computation; the ties come as each partner's list of neighbours.)
MATCH (p:Partner)
OPTIONAL MATCH (p)-[:IN_AREA]->(a:Area)
RETURN p.id AS id, p.name AS name, p.company AS company, p.tier AS tier, coalesce(p.managed, false) AS managed,
       p:PAL AS isPal, a.id AS area, toString(p.joinedAt) AS joinedAt,
       [(p)-[:KNOWS]-(q:Partner) | q.id] AS knows,
       [(p)-[:OFFERS]->(s:Specialty) | s.id] AS offers,
       [(p)-[:SEEKS]->(s:Specialty) | s.id] AS seeks

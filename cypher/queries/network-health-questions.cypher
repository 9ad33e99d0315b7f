// Network health: every question with its asker, specialty, times and each hop of its routing.
MATCH (asker:Partner)-[:ASKED]->(q:Question)-[:ABOUT]->(s:Specialty)
RETURN q.id AS id, asker.id AS asker, s.id AS specialty, q.status AS status,
       toString(q.askedAt) AS askedAt, toString(q.answeredAt) AS answeredAt,
       COLLECT { MATCH (q)-[r:ROUTED_TO]->(to:Partner) WITH r, to ORDER BY r.hop RETURN {to: to.id, by: r.by, at: toString(r.at)} } AS hops

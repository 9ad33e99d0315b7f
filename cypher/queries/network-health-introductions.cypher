// Network health: every introduction with its sides, introducer and the time of each step.
MATCH (i:Introduction)-[:FROM]->(a:Partner), (i)-[:TO]->(b:Partner)
OPTIONAL MATCH (by:Partner)-[:INTRODUCED]->(i)
RETURN i.id AS id, i.status AS status, a.id AS from, b.id AS to, by.id AS introducer,
       toString(i.proposedAt) AS proposedAt, toString(i.madeAt) AS madeAt, toString(i.acceptedAt) AS acceptedAt,
       toString(i.declinedAt) AS declinedAt, toString(i.collaboratingAt) AS collaboratingAt, toString(i.lapsedAt) AS lapsedAt

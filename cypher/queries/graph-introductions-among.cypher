// The introductions between partners of a set, from the partner introduced to the one they met.
// $ids: the partners' ids
MATCH (a:Partner)<-[:FROM]-(i:Introduction)-[:TO]->(b:Partner)
WHERE a.id IN $ids AND b.id IN $ids
OPTIONAL MATCH (by:Partner)-[:INTRODUCED]->(i)
RETURN i.id AS id, a.id AS source, b.id AS target, i.status AS status, i.reason AS reason,
       i.proposedAt AS proposedAt, i.declinedAt AS declinedAt, by.name AS introducer

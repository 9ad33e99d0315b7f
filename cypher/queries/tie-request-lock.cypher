// Locks a tie request's two partners (as tie-request-state does) and returns its state.
// $id: the request's id
MATCH (a:Partner)-[r:ASKS_TIE {id: $id}]->(b:Partner)
FOREACH (p IN CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END | SET p.lockedForTie = true REMOVE p.lockedForTie)
RETURN a.id AS from, b.id AS to, r.answeredAt IS NOT NULL AS answered

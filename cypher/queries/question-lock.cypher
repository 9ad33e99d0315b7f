// Locks a question for a change (a property set and removed at once: the write lock, and nothing left behind) and says where it stands.
// $id: the question's id
MATCH (q:Question {id: $id})
SET q.lockedForChange = true REMOVE q.lockedForChange
WITH q
MATCH (q)-[r:ROUTED_TO]->(pal:PAL)
WITH q, r, pal ORDER BY r.hop DESC LIMIT 1
RETURN q.status AS status, pal.id AS assignee, r.hop AS hop

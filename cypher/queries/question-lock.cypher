// Locks a question for a change (revision bump before reading) and says where it stands.
// $id: the question's id
MATCH (q:Question {id: $id})
SET q.revision = coalesce(q.revision, 0) + 1
WITH q
MATCH (q)-[r:ROUTED_TO]->(pal:PAL)
WITH q, r, pal ORDER BY r.hop DESC LIMIT 1
RETURN q.status AS status, pal.id AS assignee, r.hop AS hop

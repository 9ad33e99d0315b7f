// Forwards a question to another PAL, keeping every earlier hop.
// $id: the question's id
// $to: the PAL it goes to
// $by: the PAL forwarding it
// $hop: the new hop's number
// $note: why, or null
MATCH (q:Question {id: $id}), (pal:PAL {id: $to})
CREATE (q)-[:ROUTED_TO {hop: $hop, at: datetime(), by: $by, note: $note}]->(pal)
RETURN q.id AS id

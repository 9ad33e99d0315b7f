// Records that one partner says they know another, for the other to confirm. Nothing reads a
// request as a tie: only an accepted one becomes a KNOWS.
// $id: the request's id
// $from: the asking partner
// $to: the partner asked
MATCH (a:Partner {id: $from}), (b:Partner {id: $to})
CREATE (a)-[r:ASKS_TIE {id: $id, requestedAt: datetime()}]->(b)
RETURN r.id AS id

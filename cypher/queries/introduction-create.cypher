// Proposes an introduction of one partner to another.
// $id: the new introduction's id
// $introducer: id of the PAL or partner making it
// $from: id of the partner being introduced
// $to: id of the partner they are introduced to
// $reason: why they should meet
// $notes: free notes, or null
MATCH (introducer:Partner {id: $introducer}), (a:Partner {id: $from}), (b:Partner {id: $to})
CREATE (i:Introduction {id: $id, status: 'proposed', reason: $reason, notes: $notes, proposedAt: datetime()})
CREATE (introducer)-[:INTRODUCED]->(i), (i)-[:FROM]->(a), (i)-[:TO]->(b)
RETURN i.id AS id

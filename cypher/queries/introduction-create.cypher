// Proposes an introduction of one partner to another.
// $id: the new introduction's id
// $introducer: id of the PAL or partner making it
// $from: id of the partner being introduced
// $to: id of the partner they are introduced to
// $reason: why they should meet (both partners read it)
// $privateNote: the introducer's own note (PALs and admins only), or null
// $by: id of whoever proposed it (the introducer, or the partner who asked)
// $requestedBy: id of the partner who asked for it, or null
MATCH (introducer:Partner {id: $introducer}), (a:Partner {id: $from}), (b:Partner {id: $to})
CREATE (i:Introduction {
  id: $id, status: 'proposed', reason: $reason, privateNote: $privateNote,
  proposedAt: datetime(), proposedBy: $by, requestedBy: $requestedBy
})
CREATE (introducer)-[:INTRODUCED]->(i), (i)-[:FROM]->(a), (i)-[:TO]->(b)
RETURN i.id AS id

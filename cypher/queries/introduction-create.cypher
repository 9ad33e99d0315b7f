// Proposes an introduction of one partner to another. An exclusive one (a partner's own request)
// is made only if the two do not know each other and no introduction between them is under way,
// done, or declined within the cooldown; both partners are write-locked first, in id order, so two
// requests at once make one introduction. No row comes back when it was not made.
// $id: the new introduction's id
// $introducer: id of the PAL or partner making it
// $from: id of the partner being introduced
// $to: id of the partner they are introduced to
// $reason: why they should meet
// $notes: free notes, or null
// $by: id of whoever proposed it (the introducer, or the partner who asked)
// $requestedBy: id of the partner who asked for it, or null
// $exclusive: whether the conditions above apply
// $cooldownDays: how long a declined introduction keeps the pair apart
MATCH (introducer:Partner {id: $introducer}), (a:Partner {id: $from}), (b:Partner {id: $to})
FOREACH (p IN CASE WHEN NOT $exclusive THEN [] WHEN a.id < b.id THEN [a, b] ELSE [b, a] END |
  SET p.introductionRevision = coalesce(p.introductionRevision, 0) + 1
)
WITH introducer, a, b
WHERE NOT $exclusive OR (
  NOT EXISTS { (a)-[:KNOWS]-(b) }
  AND NOT EXISTS {
    MATCH (a)<-[:FROM|TO]-(other:Introduction)-[:FROM|TO]->(b)
    WHERE other.status IN ['proposed', 'made', 'accepted', 'collaborating']
       OR (other.status = 'declined' AND coalesce(other.declinedAt, other.proposedAt) > datetime() - duration({days: $cooldownDays}))
  }
)
CREATE (i:Introduction {
  id: $id, status: 'proposed', reason: $reason, notes: $notes,
  proposedAt: datetime(), proposedBy: $by, requestedBy: $requestedBy
})
CREATE (introducer)-[:INTRODUCED]->(i), (i)-[:FROM]->(a), (i)-[:TO]->(b)
RETURN i.id AS id

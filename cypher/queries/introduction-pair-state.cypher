// Locks both partners of a pair (in id order, so two requests cannot deadlock; the property is set and
// removed at once, so the lock leaves nothing behind) and says whether one may ask to be
// introduced to the other: whether they know each other, whether an introduction between them is
// under way or was declined within the cooldown, whether one between them is still open (PALs'
// proposals may not double it), whether the partner asked is open to
// introductions, and how many introductions the asking partner requested in the last day.
// No row when either partner is unknown.
// $from: the asking partner
// $to: the partner they would meet
// $cooldownDays: how long a declined introduction keeps the pair apart
MATCH (a:Partner {id: $from}), (b:Partner {id: $to})
FOREACH (p IN CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END | SET p.lockedForIntroduction = true REMOVE p.lockedForIntroduction)
RETURN EXISTS { (a)-[:KNOWS]-(b) } AS known,
       EXISTS {
         MATCH (a)<-[:FROM|TO]-(other:Introduction)-[:FROM|TO]->(b)
         WHERE other.status IN ['proposed', 'made', 'accepted', 'collaborating']
            OR (other.status = 'declined' AND coalesce(other.declinedAt, other.proposedAt) > datetime() - duration({days: $cooldownDays}))
       } AS underWay,
       EXISTS {
         MATCH (a)<-[:FROM|TO]-(other:Introduction)-[:FROM|TO]->(b)
         WHERE other.status IN ['proposed', 'made', 'accepted']
       } AS openBetween,
       coalesce(b.openToIntroductions, true) AS open,
       COUNT { (i:Introduction {requestedBy: $from}) WHERE i.proposedAt > datetime() - duration('P1D') } AS today

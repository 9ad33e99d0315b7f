// Locks both partners (in id order, so two requests cannot deadlock; the property is set and
// removed at once, so the lock leaves nothing behind) and says whether a tie may be requested:
// whether they know each other, whether a request between them waits, and how many requests the
// asking partner made in the last day.
// $from: the asking partner
// $to: the partner asked
MATCH (a:Partner {id: $from}), (b:Partner {id: $to})
FOREACH (p IN CASE WHEN a.id < b.id THEN [a, b] ELSE [b, a] END | SET p.lockedForTie = true REMOVE p.lockedForTie)
RETURN EXISTS { (a)-[:KNOWS]-(b) } AS known,
       EXISTS { (a)-[r:ASKS_TIE]-(b) WHERE r.answeredAt IS NULL } AS pending,
       COUNT { (a)-[r:ASKS_TIE]->() WHERE r.requestedAt > datetime() - duration('P1D') } AS today

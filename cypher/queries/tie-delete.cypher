// Removes the tie between two partners, whichever way it was recorded.
// $from: one partner's id
// $to: the other partner's id
MATCH (:Partner {id: $from})-[k:KNOWS]-(:Partner {id: $to})
DELETE k
RETURN count(k) AS deleted

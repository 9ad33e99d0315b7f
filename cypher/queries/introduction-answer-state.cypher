// Locks an introduction (the property is set and removed at once) and reads what an answer depends
// on: its status, its two sides and what each has answered. No row when it does not exist.
// $id: the introduction's id
MATCH (i:Introduction {id: $id})-[:FROM]->(a:Partner), (i)-[:TO]->(b:Partner)
SET i.lockedForAnswer = true REMOVE i.lockedForAnswer
RETURN i.status AS status, a.id AS from, b.id AS to, i.fromAnswer AS fromAnswer, i.toAnswer AS toAnswer,
       i.remindedAt AS remindedAt

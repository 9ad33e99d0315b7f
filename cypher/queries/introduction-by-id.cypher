// One introduction with its people.
// $id: the introduction's id
MATCH (i:Introduction {id: $id})-[:FROM]->(a:Partner)
MATCH (i)-[:TO]->(b:Partner)
OPTIONAL MATCH (by:Partner)-[:INTRODUCED]->(i)
RETURN i {
  .id, .status, .reason, .notes, .proposedAt, .madeAt, .acceptedAt, .declinedAt, .collaboratingAt,
  introducer: by {.id, .name}, from: a {.id, .name}, to: b {.id, .name}
} AS introduction

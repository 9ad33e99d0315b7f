// Introductions, newest first, optionally by introducer, by a partner on either side, and by status.
// $pal: id of the introducer, or null for all
// $partner: id of a partner on either side, or null for all
// $status: status, or null for all
// $limit: the most to return
MATCH (i:Introduction)-[:FROM]->(a:Partner)
MATCH (i)-[:TO]->(b:Partner)
OPTIONAL MATCH (by:Partner)-[:INTRODUCED]->(i)
WITH i, a, b, by
WHERE ($status IS NULL OR i.status = $status)
  AND ($pal IS NULL OR by.id = $pal)
  AND ($partner IS NULL OR a.id = $partner OR b.id = $partner)
RETURN i {
  .id, .status, .reason, .notes, .proposedAt, .madeAt, .acceptedAt, .declinedAt, .collaboratingAt,
  introducer: by {.id, .name}, from: a {.id, .name}, to: b {.id, .name}
} AS introduction
ORDER BY i.proposedAt DESC, i.id
LIMIT $limit

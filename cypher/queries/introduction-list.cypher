// Introductions with their people (and their contact details, for the presenter to withhold), each side's answer,
// every step taken (who, when) and the comments on them, newest first: by id, or by
// introducer, by a partner on either side, and by status. Each way in starts from an index.
// $ids: introduction ids, or null
// $pal: id of the introducer, or null for all
// $partner: id of a partner on either side, or null for all
// $status: status, or null for all
// $limit: the most to return
CALL () {
  WITH * WHERE $ids IS NOT NULL
  UNWIND $ids AS wanted
  MATCH (i:Introduction {id: wanted})
  RETURN i
  UNION
  WITH * WHERE $ids IS NULL AND $pal IS NOT NULL
  MATCH (:Partner {id: $pal})-[:INTRODUCED]->(i:Introduction)
  RETURN i
  UNION
  WITH * WHERE $ids IS NULL AND $pal IS NULL AND $partner IS NOT NULL
  MATCH (:Partner {id: $partner})<-[:FROM|TO]-(i:Introduction)
  RETURN i
  UNION
  WITH * WHERE $ids IS NULL AND $pal IS NULL AND $partner IS NULL
  MATCH (i:Introduction)
  RETURN i
}
MATCH (i)-[:FROM]->(a:Partner), (i)-[:TO]->(b:Partner)
OPTIONAL MATCH (by:Partner)-[:INTRODUCED]->(i)
WITH i, a, b, by
WHERE ($status IS NULL OR i.status = $status)
  AND ($pal IS NULL OR by.id = $pal)
  AND ($partner IS NULL OR a.id = $partner OR b.id = $partner)
WITH i, a, b, by
ORDER BY i.proposedAt DESC, i.id
LIMIT $limit
OPTIONAL MATCH (requester:Partner {id: i.requestedBy})
RETURN i {
  .id, .status, .reason, .privateNote, .proposedAt, .madeAt, .acceptedAt, .declinedAt, .collaboratingAt, .lapsedAt,
  introducer: by {.id, .name}, from: a {.id, .name}, to: b {.id, .name},
  requestedBy: requester {.id, .name},
  answers: {
    from: {answer: i.fromAnswer, at: i.fromAnsweredAt, message: i.fromMessage, reason: i.fromReason},
    to: {answer: i.toAnswer, at: i.toAnsweredAt, message: i.toMessage, reason: i.toReason}
  },
  contacts: {from: a {.email, .phone, .website}, to: b {.email, .phone, .website}},
  remindedAt: i.remindedAt, outcomeAskedAt: i.outcomeAskedAt,
  history: COLLECT {
    UNWIND ['proposed', 'made', 'accepted', 'declined', 'collaborating', 'lapsed'] AS step
    WITH step WHERE i[step + 'At'] IS NOT NULL
    OPTIONAL MATCH (actor:Partner {id: i[step + 'By']})
    RETURN {status: step, at: i[step + 'At'], by: actor {.id, .name}}
  },
  comments: COLLECT {
    MATCH (comment:Comment)-[:ON]->(i)
    OPTIONAL MATCH (author:Partner {id: comment.by})
    RETURN {text: comment.text, at: comment.at, by: author {.id, .name}} ORDER BY comment.at, comment.id
  }
} AS introduction

// The tie requests one partner has made and received, those waiting for an answer or with one, or
// one request by id.
// $partner: the partner's id, or null with $id
// $id: one request's id, or null
MATCH (a:Partner)-[r:ASKS_TIE]->(b:Partner)
WHERE ($id IS NOT NULL AND r.id = $id) OR ($id IS NULL AND r.answeredAt IS NULL AND $partner IN [a.id, b.id])
RETURN r {.id, .requestedAt, .answeredAt, answer: coalesce(r.answer, null), from: a {.id, .name}, to: b {.id, .name}} AS request
ORDER BY r.requestedAt DESC
LIMIT 200

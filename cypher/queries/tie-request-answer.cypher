// The partner asked answers a tie request; accepted, the two know each other from today (with the
// default strength) unless a tie was recorded meanwhile.
// $id: the request's id
// $answer: accepted or declined
MATCH (a:Partner)-[r:ASKS_TIE {id: $id}]->(b:Partner)
SET r.answeredAt = datetime(), r.answer = $answer
WITH a, b
CALL (a, b) {
  WITH a, b WHERE $answer = 'accepted' AND NOT EXISTS { (a)-[:KNOWS]-(b) }
  CREATE (a)-[:KNOWS {since: date(), strength: 3}]->(b)
}
RETURN a.id AS from

// A feedback theme merging feedback items that say the same thing.
// $id: the theme's id
// $curator: the PAL (or admin's partner) merging them, or null
// $props: title, summary
// $feedback: feedback ids to merge into it
CREATE (t:FeedbackTheme)
SET t = $props, t.id = $id, t.status = 'collected', t.createdAt = datetime()
WITH t
CALL (t) {
  MATCH (curator:Partner {id: $curator})
  CREATE (curator)-[:CURATES]->(t)
}
CALL (t) {
  UNWIND $feedback AS feedbackId
  MATCH (f:Feedback {id: feedbackId})
  OPTIONAL MATCH (f)-[old:IN_THEME]->()
  DELETE old
  CREATE (f)-[:IN_THEME]->(t)
}
RETURN t.id AS id

// Merges more feedback items into a theme (moving them out of any other).
// $id: the theme's id
// $feedback: feedback ids
MATCH (t:FeedbackTheme {id: $id})
CALL (t) {
  UNWIND $feedback AS feedbackId
  MATCH (f:Feedback {id: feedbackId})
  OPTIONAL MATCH (f)-[old:IN_THEME]->()
  DELETE old
  CREATE (f)-[:IN_THEME]->(t)
}
RETURN t.id AS id

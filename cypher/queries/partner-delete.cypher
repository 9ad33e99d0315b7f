// Deletes a partner with its ties, the introductions it is a side of (with their comments) and the
// questions it asked.
// Introductions it made for others stay, without an introducer. The partner's accounts are
// disabled and their sessions ended: an account of a partner that is gone must not act at all.
// $id: the partner's id
MATCH (p:Partner {id: $id})
CALL (p) {
  OPTIONAL MATCH (account:User)-[:IS]->(p)
  OPTIONAL MATCH (session:Session)-[:OF]->(account)
  SET account.disabled = true
  DETACH DELETE session
}
OPTIONAL MATCH (p)<-[:FROM|TO]-(introduction:Introduction)
OPTIONAL MATCH (comment:Comment)-[:ON]->(introduction)
OPTIONAL MATCH (p)-[:ASKED]->(question:Question)
WITH p, collect(DISTINCT introduction) + collect(DISTINCT comment) + collect(DISTINCT question) AS owned
FOREACH (node IN owned | DETACH DELETE node)
DETACH DELETE p
RETURN true AS deleted

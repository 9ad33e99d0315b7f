// Deletes a partner with its ties, the introductions it is a side of and the questions it asked.
// Introductions it made for others stay, without an introducer.
// $id: the partner's id
MATCH (p:Partner {id: $id})
OPTIONAL MATCH (p)<-[:FROM|TO]-(introduction:Introduction)
OPTIONAL MATCH (p)-[:ASKED]->(question:Question)
WITH p, collect(DISTINCT introduction) + collect(DISTINCT question) AS owned
FOREACH (node IN owned | DETACH DELETE node)
DETACH DELETE p
RETURN true AS deleted

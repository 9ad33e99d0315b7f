// Deletes an account with its sessions; audit entries keep their copy of who it was.
// $id: the user's id
MATCH (u:User {id: $id})
OPTIONAL MATCH (s:Session)-[:OF]->(u)
DETACH DELETE s, u

// Changes a user's role or disabled flag; a disabled user's sessions end at once.
// $id: the user's id
// $props: role and/or disabled
MATCH (u:User {id: $id})
SET u += $props
WITH u
CALL (u) {
  MATCH (s:Session)-[:OF]->(u) WHERE u.disabled
  DETACH DELETE s
}
RETURN u.id AS id

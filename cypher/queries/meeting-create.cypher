// A meeting of a user group, with the specialties it covers.
// $id: the meeting's id
// $group: the group's id
// $props: title, place, onlineUrl
// $startsAt: ISO date-time
// $endsAt: ISO date-time, or null
// $specialties: specialty ids
MATCH (g:UserGroup {id: $group})
CREATE (m:Meeting)-[:OF_GROUP]->(g)
SET m = $props, m.id = $id, m.startsAt = datetime($startsAt), m.endsAt = datetime($endsAt), m.createdAt = datetime()
WITH m
CALL (m) {
  UNWIND $specialties AS specialtyId
  MATCH (s:Specialty {id: specialtyId})
  CREATE (m)-[:COVERS]->(s)
}
RETURN m.id AS id

// A PAL's activity: a group visit, webinar, post or conference, with what it covered and reached.
// $id: the activity's id
// $pal: the PAL's id
// $props: kind, title, url
// $date: ISO date
// $area: area id, or null
// $group: group id, or null
// $specialties: specialty ids
// $reached: partner ids
MATCH (pal:PAL {id: $pal})
CREATE (pal)-[:DID]->(act:Activity)
SET act = $props, act.id = $id, act.date = date($date), act.createdAt = datetime()
WITH act
CALL (act) { MATCH (a:Area {id: $area}) CREATE (act)-[:IN_AREA]->(a) }
CALL (act) { MATCH (g:UserGroup {id: $group}) CREATE (act)-[:AT_GROUP]->(g) }
CALL (act) { UNWIND $specialties AS sid MATCH (s:Specialty {id: sid}) CREATE (act)-[:COVERS]->(s) }
CALL (act) { UNWIND $reached AS pid MATCH (p:Partner {id: pid}) CREATE (act)-[:REACHED]->(p) }
RETURN act.id AS id

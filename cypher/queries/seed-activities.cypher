// Seeding: PALs' activities with what they covered and the partners they reached.
// $rows: list of {id, pal, kind, title, date, url, area, group, specialties, reached}
UNWIND $rows AS row
MATCH (pal:Partner {id: row.pal})
MERGE (act:Activity {id: row.id})
SET act.kind = row.kind, act.title = row.title, act.date = date(row.date), act.url = row.url, act.createdAt = datetime(row.date)
MERGE (pal)-[:DID]->(act)
WITH act, row
CALL (act, row) { MATCH (a:Area {id: row.area}) MERGE (act)-[:IN_AREA]->(a) }
CALL (act, row) { MATCH (g:UserGroup {id: row.group}) MERGE (act)-[:AT_GROUP]->(g) }
CALL (act, row) { UNWIND row.specialties AS sid MATCH (s:Specialty {id: sid}) MERGE (act)-[:COVERS]->(s) }
CALL (act, row) { UNWIND row.reached AS pid MATCH (p:Partner {id: pid}) MERGE (act)-[:REACHED]->(p) }

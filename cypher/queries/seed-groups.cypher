// Seeding: user groups with their area, who runs them and their members.
// $rows: list of {id, name, area, runBy, members: partner ids}
UNWIND $rows AS row
MERGE (g:UserGroup {id: row.id})
SET g.name = row.name
WITH g, row
MATCH (a:Area {id: row.area}), (runner:Partner {id: row.runBy})
MERGE (g)-[:IN_AREA]->(a)
MERGE (runner)-[:RUNS]->(g)
WITH g, row
UNWIND row.members AS memberId
MATCH (m:Partner {id: memberId})
MERGE (m)-[:MEMBER_OF]->(g)

// Seeding: makes partners PALs of their areas, with their expertise.
// $rows: list of {partner, area, expertIn: specialty ids}
UNWIND $rows AS row
MATCH (p:Partner {id: row.partner}), (a:Area {id: row.area})
SET p:PAL
MERGE (p)-[:LEADS]->(a)
WITH p, row
UNWIND row.expertIn AS specialtyId
MATCH (s:Specialty {id: specialtyId})
MERGE (p)-[:EXPERT_IN]->(s)

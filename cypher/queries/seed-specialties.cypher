// Seeding: creates or updates specialties.
// $rows: list of {id, name, category}
UNWIND $rows AS row
MERGE (s:Specialty {id: row.id})
SET s.name = row.name, s.category = row.category

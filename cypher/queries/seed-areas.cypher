// Seeding: creates or updates areas.
// $rows: list of {id, name, region, center: {latitude, longitude}}
UNWIND $rows AS row
MERGE (a:Area {id: row.id})
SET a.name = row.name, a.region = row.region, a.center = point(row.center)

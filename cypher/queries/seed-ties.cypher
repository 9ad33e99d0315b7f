// Seeding: records KNOWS ties, once per pair whichever way round they are given.
// $rows: list of {a, b, since, strength}
UNWIND $rows AS row
MATCH (a:Partner {id: row.a}), (b:Partner {id: row.b})
MERGE (a)-[k:KNOWS]-(b)
ON CREATE SET k.since = date(row.since), k.strength = toInteger(row.strength)

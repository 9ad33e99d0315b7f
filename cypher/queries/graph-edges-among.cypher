// The KNOWS ties among a set of partners, each once.
// $ids: the partners' ids
MATCH (a:Partner)-[k:KNOWS]->(b:Partner)
WHERE a.id IN $ids AND b.id IN $ids
RETURN a.id AS source, b.id AS target, k.strength AS strength, k.since AS since

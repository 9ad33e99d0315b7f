// The KNOWS ties among a set of partners, each once, at least as strong as asked.
// $ids: the partners' ids
// $minStrength: the weakest tie to include (1 to 5)
MATCH (a:Partner)-[k:KNOWS]->(b:Partner)
WHERE a.id IN $ids AND b.id IN $ids AND k.strength >= $minStrength
RETURN a.id AS source, b.id AS target, k.strength AS strength, k.since AS since

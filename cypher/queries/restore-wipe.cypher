// Deletes up to $batch nodes and their relationships (restore --replace runs it until none are left).
// $batch: how many nodes one transaction deletes
MATCH (n) WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted

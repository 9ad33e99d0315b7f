// Restore: takes the :Restoring mark off up to $batch nodes (run until none is left).
// $batch: how many nodes one transaction unmarks
MATCH (n:Restoring) WITH n LIMIT $batch
REMOVE n:Restoring
RETURN count(*) AS unmarked

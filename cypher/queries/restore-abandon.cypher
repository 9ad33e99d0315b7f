// Deletes up to $batch nodes still marked :Restoring, with their relationships: what a failed
// import or restore wrote (run until none is left), so that it leaves nothing.
// $batch: how many nodes one transaction deletes
MATCH (n:Restoring) WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted

// Adds each process's hits of the last second to the shared count of its key's window, and reads
// the totals back: rate limits then count across every app process on the database.
// $rows: list of {key, hits} (key: scope, client and window, as one string)
// $until: when these windows end (they are swept after)
UNWIND $rows AS row
MERGE (w:RateWindow {key: row.key})
ON CREATE SET w.hits = 0, w.until = datetime($until)
SET w.hits = w.hits + row.hits
RETURN row.key AS key, w.hits AS hits

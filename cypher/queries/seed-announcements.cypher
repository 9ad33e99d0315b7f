// Seeding: announcements from the vendor, each to its audience.
// $rows: list of {id, author, title, body, postedAt, audienceKind, audienceValue, audienceLabel}
UNWIND $rows AS row
MERGE (a:Announcement {id: row.id})
SET a.title = row.title, a.body = row.body, a.postedAt = datetime(row.postedAt),
    a.audienceKind = row.audienceKind, a.audienceValue = row.audienceValue, a.audienceLabel = row.audienceLabel
WITH a, row
MATCH (author:Partner {id: row.author})
MERGE (author)-[:POSTED]->(a)

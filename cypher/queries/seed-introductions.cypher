// Seeding: past and current introductions with a timestamp per step reached.
// $rows: list of {id, introducer, from, to, reason, privateNote, status, proposedAt, madeAt, acceptedAt,
//        declinedAt, collaboratingAt}
UNWIND $rows AS row
MATCH (by:Partner {id: row.introducer}), (a:Partner {id: row.from}), (b:Partner {id: row.to})
MERGE (i:Introduction {id: row.id})
SET i.status = row.status, i.reason = row.reason, i.privateNote = row.privateNote,
    i.proposedAt = datetime(row.proposedAt), i.madeAt = datetime(row.madeAt),
    i.acceptedAt = datetime(row.acceptedAt), i.declinedAt = datetime(row.declinedAt),
    i.collaboratingAt = datetime(row.collaboratingAt),
    // Who took each step: the PAL proposes, makes and sees it through; the partner met says yes or no.
    i.proposedBy = row.introducer,
    i.madeBy = CASE WHEN row.madeAt IS NULL THEN null ELSE row.introducer END,
    i.acceptedBy = CASE WHEN row.acceptedAt IS NULL THEN null ELSE row.to END,
    i.declinedBy = CASE WHEN row.declinedAt IS NULL THEN null ELSE row.to END,
    i.collaboratingBy = CASE WHEN row.collaboratingAt IS NULL THEN null ELSE row.introducer END,
    // Each side answers for itself: both said yes to an accepted one; the partner met said no to a declined one.
    i.fromAnswer = CASE WHEN row.acceptedAt IS NULL THEN null ELSE 'yes' END,
    i.fromAnsweredAt = datetime(row.acceptedAt),
    i.toAnswer = CASE WHEN row.acceptedAt IS NOT NULL THEN 'yes' WHEN row.declinedAt IS NOT NULL AND row.madeAt IS NOT NULL THEN 'no' END,
    i.toAnsweredAt = datetime(coalesce(row.acceptedAt, CASE WHEN row.madeAt IS NULL THEN null ELSE row.declinedAt END))
MERGE (by)-[:INTRODUCED]->(i)
MERGE (i)-[:FROM]->(a)
MERGE (i)-[:TO]->(b)

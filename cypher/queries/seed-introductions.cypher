// Seeding: past and current introductions with a timestamp per step reached.
// $rows: list of {id, introducer, from, to, reason, notes, status, proposedAt, madeAt, acceptedAt,
//        declinedAt, collaboratingAt}
UNWIND $rows AS row
MATCH (by:Partner {id: row.introducer}), (a:Partner {id: row.from}), (b:Partner {id: row.to})
MERGE (i:Introduction {id: row.id})
SET i.status = row.status, i.reason = row.reason, i.notes = row.notes,
    i.proposedAt = datetime(row.proposedAt), i.madeAt = datetime(row.madeAt),
    i.acceptedAt = datetime(row.acceptedAt), i.declinedAt = datetime(row.declinedAt),
    i.collaboratingAt = datetime(row.collaboratingAt)
MERGE (by)-[:INTRODUCED]->(i)
MERGE (i)-[:FROM]->(a)
MERGE (i)-[:TO]->(b)

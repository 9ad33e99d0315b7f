// Seeding: partners' questions with each hop of their routing between PALs.
// $rows: list of {id, asker, specialty, text, status, askedAt, answer, answeredAt,
//        hops: list of {to, at, by, note}}
UNWIND $rows AS row
MATCH (asker:Partner {id: row.asker}), (s:Specialty {id: row.specialty})
MERGE (q:Question {id: row.id})
SET q.text = row.text, q.status = row.status, q.askedAt = datetime(row.askedAt),
    q.answer = row.answer, q.answeredAt = datetime(row.answeredAt)
MERGE (asker)-[:ASKED]->(q)
MERGE (q)-[:ABOUT]->(s)
WITH q, row
UNWIND range(0, size(row.hops) - 1) AS hop
WITH q, hop, row.hops[hop] AS step
MATCH (pal:Partner {id: step.to})
MERGE (q)-[r:ROUTED_TO {hop: hop}]->(pal)
SET r.at = datetime(step.at), r.by = step.by, r.note = step.note

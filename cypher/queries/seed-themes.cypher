// Seeding: feedback themes at each stage of their life with the vendor, and the partners who
// added their voice.
// $rows: list of {id, curator, title, summary, status, createdAt, raisedAt, raisedWhere, vendorAnswer, answeredAt, outcomeAt, outcomeNote, voices}
UNWIND $rows AS row
MERGE (t:FeedbackTheme {id: row.id})
SET t.title = row.title, t.summary = row.summary, t.status = row.status, t.createdAt = datetime(row.createdAt),
    t.raisedAt = datetime(row.raisedAt), t.raisedWhere = row.raisedWhere, t.vendorAnswer = row.vendorAnswer,
    t.answeredAt = datetime(row.answeredAt), t.outcomeAt = datetime(row.outcomeAt), t.outcomeNote = row.outcomeNote
WITH t, row
CALL (t, row) { MATCH (curator:Partner {id: row.curator}) MERGE (curator)-[:CURATES]->(t) }
CALL (t, row) { UNWIND row.voices AS pid MATCH (p:Partner {id: pid}) MERGE (p)-[v:VOICED]->(t) ON CREATE SET v.at = t.createdAt }

// Seeding: partners' feedback, given to their area's PAL, some of it merged into themes.
// $rows: list of {id, partner, pal, specialty, programme, text, sentiment, createdAt, theme}
UNWIND $rows AS row
MATCH (p:Partner {id: row.partner})
MERGE (f:Feedback {id: row.id})
SET f.text = row.text, f.sentiment = row.sentiment, f.programme = row.programme, f.createdAt = datetime(row.createdAt)
MERGE (p)-[:GAVE]->(f)
WITH f, row
CALL (f, row) { MATCH (pal:Partner {id: row.pal}) MERGE (f)-[:FOR_PAL]->(pal) }
CALL (f, row) { MATCH (s:Specialty {id: row.specialty}) MERGE (f)-[:ABOUT]->(s) }
CALL (f, row) { MATCH (t:FeedbackTheme {id: row.theme}) MERGE (f)-[:IN_THEME]->(t) }

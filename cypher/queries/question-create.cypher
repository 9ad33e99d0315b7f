// Records a question and its first routing.
// $id: the new question's id
// $partner: the asking partner's id
// $specialty: the specialty it is about
// $text: the question
// $pal: the PAL it is routed to
// $note: why it went there
MATCH (asker:Partner {id: $partner}), (s:Specialty {id: $specialty}), (pal:PAL {id: $pal})
CREATE (q:Question {id: $id, text: $text, status: 'open', askedAt: datetime()})
CREATE (asker)-[:ASKED]->(q), (q)-[:ABOUT]->(s)
CREATE (q)-[:ROUTED_TO {hop: 0, at: datetime(), by: null, note: $note}]->(pal)
RETURN q.id AS id

// Answers a question.
// $id: the question's id
// $by: the answering PAL
// $answer: the answer
MATCH (q:Question {id: $id}), (pal:PAL {id: $by})
SET q.status = 'answered', q.answer = $answer, q.answeredAt = datetime()
CREATE (q)-[:ANSWERED_BY]->(pal)
RETURN q.id AS id

// A partner's feedback, given to the PAL of their area (when it has one).
// $id: the feedback's id
// $partner: the partner giving it
// $specialty: specialty id, or null
// $props: text, sentiment, programme
MATCH (p:Partner {id: $partner})
CREATE (p)-[:GAVE]->(f:Feedback)
SET f = $props, f.id = $id, f.createdAt = datetime()
WITH p, f
CALL (p, f) {
  MATCH (p)-[:IN_AREA]->(:Area)<-[:LEADS]-(pal:PAL)
  CREATE (f)-[:FOR_PAL]->(pal)
}
CALL (f) {
  MATCH (s:Specialty {id: $specialty})
  CREATE (f)-[:ABOUT]->(s)
}
RETURN f.id AS id

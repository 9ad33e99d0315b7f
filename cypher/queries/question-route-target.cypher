// Where a new question goes: a PAL who is the expert in its specialty (the asker's own area PAL
// first, then the expert with the fewest open questions), else the asker's area PAL.
// $partner: the asking partner's id
// $specialty: the specialty the question is about
MATCH (asker:Partner {id: $partner}), (s:Specialty {id: $specialty})
OPTIONAL MATCH (asker)-[:IN_AREA]->(:Area)<-[:LEADS]-(areaPal:PAL)
OPTIONAL CALL (asker, s, areaPal) {
  MATCH (expert:PAL)-[:EXPERT_IN]->(s)
  WHERE expert <> asker
  WITH expert, COUNT { MATCH (q:Question {status: 'open'})-[:ROUTED_TO]->(expert) } AS load
  ORDER BY CASE WHEN expert = areaPal THEN 0 ELSE 1 END, load, expert.id
  RETURN expert LIMIT 1
}
WITH coalesce(expert, areaPal) AS pal, expert IS NOT NULL AS isExpert
RETURN pal.id AS pal, pal.name AS name, isExpert

// Feedback, newest first: by one partner, or given to one PAL, or all; optionally only unthemed.
// $ids: feedback ids, or null
// $partner: the giver's id, or null
// $pal: the PAL it was given to, or null
// $unthemed: true for only feedback not in a theme
// $limit: the most to return
MATCH (p:Partner)-[:GAVE]->(f:Feedback)
WHERE ($ids IS NULL OR f.id IN $ids)
  AND ($partner IS NULL OR p.id = $partner)
  AND ($pal IS NULL OR EXISTS { (f)-[:FOR_PAL]->(:PAL {id: $pal}) })
  AND (NOT coalesce($unthemed, false) OR NOT EXISTS { (f)-[:IN_THEME]->() })
WITH p, f ORDER BY f.createdAt DESC LIMIT $limit
OPTIONAL MATCH (p)-[:IN_AREA]->(a:Area)
OPTIONAL MATCH (f)-[:FOR_PAL]->(pal:Partner)
OPTIONAL MATCH (f)-[:ABOUT]->(s:Specialty)
OPTIONAL MATCH (f)-[:IN_THEME]->(t:FeedbackTheme)
RETURN f {
  .id, .text, .sentiment, .programme, .createdAt,
  partner: p {.id, .name}, area: a {.id, .name}, pal: pal {.id, .name}, specialty: s {.id, .name},
  theme: t {.id, .title, .status}
} AS feedback

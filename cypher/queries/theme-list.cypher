// Feedback themes with who raised them (by feedback or by voice), their areas and tiers.
// $ids: theme ids, or null for all
// $status: only this status, or null
// $viewer: the viewing partner's id (to say whether they raised it), or null
MATCH (t:FeedbackTheme)
WHERE ($ids IS NULL OR t.id IN $ids) AND ($status IS NULL OR t.status = $status)
OPTIONAL MATCH (curator:Partner)-[:CURATES]->(t)
WITH t, curator,
     COLLECT { MATCH (p:Partner)-[:GAVE]->(:Feedback)-[:IN_THEME]->(t) RETURN p
               UNION MATCH (p:Partner)-[:VOICED]->(t) RETURN p } AS raisers
RETURN t {
  .id, .title, .summary, .status, .createdAt, .raisedAt, .raisedWhere, .vendorAnswer, .answeredAt, .outcomeAt, .outcomeNote,
  curator: curator {.id, .name},
  feedbackCount: COUNT { (:Feedback)-[:IN_THEME]->(t) },
  voices: size(raisers),
  yours: any(p IN raisers WHERE p.id = $viewer),
  areas: [p IN raisers | [(p)-[:IN_AREA]->(a:Area) | a {.id, .name}][0]],
  tiers: [p IN raisers | p.tier]
} AS theme

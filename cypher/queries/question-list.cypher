// Questions by id, or those that passed through a PAL, or those a partner asked; newest first, with every hop.
// $ids: question ids, or null
// $pal: a PAL's id, or null
// $asker: a partner's id, or null
// $limit: the most to return
MATCH (q:Question)
WHERE ($ids IS NOT NULL AND q.id IN $ids)
   OR ($pal IS NOT NULL AND EXISTS { (q)-[:ROUTED_TO]->(:PAL {id: $pal}) })
   OR ($asker IS NOT NULL AND EXISTS { (:Partner {id: $asker})-[:ASKED]->(q) })
MATCH (asker:Partner)-[:ASKED]->(q)-[:ABOUT]->(s:Specialty)
OPTIONAL MATCH (q)-[:ANSWERED_BY]->(answerer:Partner)
WITH q, asker, s, answerer
ORDER BY q.askedAt DESC
LIMIT $limit
RETURN q {
  .id, .text, .status, .askedAt, .answer, .answeredAt,
  asker: asker {.id, .name},
  specialty: s {.id, .name},
  answeredBy: answerer {.id, .name},
  hops: COLLECT {
    MATCH (q)-[r:ROUTED_TO]->(to:Partner)
    OPTIONAL MATCH (by:Partner {id: r.by})
    WITH r, to, by ORDER BY r.hop
    RETURN {hop: r.hop, to: to {.id, .name}, by: by {.id, .name}, at: r.at, note: r.note}
  }
} AS question

// Announcements meant for a partner (everyone, their area, their tier, a specialty they offer or
// seek), newest first, with whether they read it; every announcement when $partner is null.
// $partner: the reader's partner id, or null
// $ids: announcement ids, or null
// $limit: the most to return
OPTIONAL MATCH (reader:Partner {id: $partner})
MATCH (a:Announcement)
WHERE ($ids IS NULL OR a.id IN $ids)
  AND ($partner IS NULL
    OR a.audienceKind = 'everyone'
    OR (a.audienceKind = 'area' AND EXISTS { (reader)-[:IN_AREA]->(:Area {id: a.audienceValue}) })
    OR (a.audienceKind = 'tier' AND reader.tier = a.audienceValue)
    OR (a.audienceKind = 'specialty' AND EXISTS { (reader)-[:OFFERS|SEEKS]->(:Specialty {id: a.audienceValue}) }))
WITH reader, a ORDER BY a.postedAt DESC LIMIT $limit
OPTIONAL MATCH (author:Partner)-[:POSTED]->(a)
RETURN a {
  .id, .title, .body, .postedAt,
  postedBy: author {.id, .name},
  audience: {kind: a.audienceKind, value: a.audienceValue, label: a.audienceLabel},
  read: reader IS NOT NULL AND EXISTS { (reader)-[:READ]->(a) }
} AS announcement

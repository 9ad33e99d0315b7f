// A feedback theme merging feedback items that say the same thing. The items are write-locked
// first, in id order (set and removed at once: nothing stays), so a doubled request waits for the
// first and then finds its theme: when every item already sits in a theme of the same title, that
// theme is the answer and nothing new is made.
// $id: the new theme's id
// $curator: the PAL (or admin's partner) merging them, or null
// $props: title, summary
// $feedback: feedback ids to merge into it
MATCH (f:Feedback) WHERE f.id IN $feedback
WITH f ORDER BY f.id
SET f.lockedForTheme = true REMOVE f.lockedForTheme
WITH collect(f) AS items
OPTIONAL MATCH (existing:FeedbackTheme {title: $props.title})
  WHERE size(items) > 0 AND all(item IN items WHERE (item)-[:IN_THEME]->(existing))
WITH items, head(collect(existing)) AS existing
CALL (items, existing) {
  WITH items, existing WHERE existing IS NOT NULL
  RETURN existing.id AS id
  UNION
  WITH items, existing WHERE existing IS NULL
  CREATE (t:FeedbackTheme)
  SET t = $props, t.id = $id, t.status = 'collected', t.createdAt = datetime()
  WITH t, items
  CALL (t) {
    MATCH (curator:Partner {id: $curator})
    CREATE (curator)-[:CURATES]->(t)
  }
  CALL (t, items) {
    UNWIND items AS f
    OPTIONAL MATCH (f)-[old:IN_THEME]->()
    DELETE old
    CREATE (f)-[:IN_THEME]->(t)
  }
  RETURN t.id AS id
}
RETURN id

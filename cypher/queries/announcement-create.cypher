// A message from the vendor, posted by a PAL or admin to an audience.
// $id: the announcement's id
// $props: title, body, audienceKind, audienceValue, audienceLabel
// $author: the posting partner's id, or null
CREATE (a:Announcement)
SET a = $props, a.id = $id, a.postedAt = datetime()
WITH a
CALL (a) {
  MATCH (author:Partner {id: $author})
  CREATE (author)-[:POSTED]->(a)
}
RETURN a.id AS id

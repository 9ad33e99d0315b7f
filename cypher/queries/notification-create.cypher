// Records notifications for their accounts (in the caller's unit of work, so they stand or fall with
// the change they tell of). One waiting for the daily digest is marked so.
// $items: list of {id, userId, kind, title, body, link, pendingDigest}
UNWIND $items AS item
MATCH (u:User {id: item.userId})
CREATE (n:Notification {
  id: item.id, kind: item.kind, title: item.title, body: item.body, link: item.link,
  createdAt: datetime(), pendingDigest: item.pendingDigest
})-[:FOR]->(u)
RETURN count(n) AS created

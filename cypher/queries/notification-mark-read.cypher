// Marks an account's notifications read: those named, or every unread one. Others' are never touched.
// $user: the account's id
// $ids: notification ids, or null for all
MATCH (n:Notification)-[:FOR]->(:User {id: $user})
WHERE n.readAt IS NULL AND ($ids IS NULL OR n.id IN $ids)
SET n.readAt = datetime()
RETURN count(n) AS marked

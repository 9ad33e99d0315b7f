// One account's notifications, newest first, one more than a page (to know whether another follows).
// $user: the account's id
// $unreadOnly: only those not read yet
// $skip: how many to pass over
// $limit: the most to return
MATCH (n:Notification)-[:FOR]->(:User {id: $user})
WHERE NOT $unreadOnly OR n.readAt IS NULL
WITH n ORDER BY n.createdAt DESC, n.id DESC SKIP $skip LIMIT $limit
RETURN n {.id, .kind, .title, .body, .link, .createdAt, .readAt} AS notification

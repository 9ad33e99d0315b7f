// How many of an account's notifications are unread.
// $user: the account's id
RETURN COUNT { (n:Notification)-[:FOR]->(:User {id: $user}) WHERE n.readAt IS NULL } AS unread

// How one account receives each kind of notification (null: the default), and its time zone.
// $user: the account's id
// $kinds: every notification kind
MATCH (u:User {id: $user})
RETURN [kind IN $kinds | [kind, u['notify_' + kind]]] AS deliveries, u.timeZone AS timeZone

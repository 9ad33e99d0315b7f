// Sets some of an account's notification preferences (properties notify_<kind>) and its time zone.
// $user: the account's id
// $props: {notify_<kind>: delivery, timeZone}
MATCH (u:User {id: $user})
SET u += $props
RETURN u.id AS id

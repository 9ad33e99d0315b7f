// The audit log, newest first, optionally for one user or one action.
// $user: user id, or null for everyone
// $action: action such as "PATCH /partners/:id", or null for all
// $limit: how many entries
MATCH (e:AuditEntry)
WHERE ($user IS NULL OR e.userId = $user) AND ($action IS NULL OR e.action = $action)
WITH e ORDER BY e.at DESC LIMIT $limit
RETURN e {.id, .at, .action, .target, .request, .before, .after, .userId, .email} AS entry

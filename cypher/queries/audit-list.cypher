// The audit log, newest first, optionally for one user, one action or a span of days.
// $user: user id, or null for everyone
// $action: action such as "PATCH /partners/:id", or null for all
// $from: first day (ISO date, UTC), or null
// $to: last day (ISO date, UTC), or null
// $limit: how many entries
MATCH (e:AuditEntry)
WHERE ($user IS NULL OR e.userId = $user) AND ($action IS NULL OR e.action = $action)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to) + duration('P1D'))
WITH e ORDER BY e.at DESC LIMIT $limit
RETURN e {.id, .at, .action, .target, .request, .before, .after, .userId, .email} AS entry

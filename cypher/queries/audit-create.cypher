// Records one write: who, what, when, the body sent and the state before and after (as JSON text).
// $entry: id, action, target, request, before, after (JSON text), userId, email (or null), changesNetwork
CREATE (e:AuditEntry)
SET e = $entry, e.at = datetime()
RETURN e.id AS id

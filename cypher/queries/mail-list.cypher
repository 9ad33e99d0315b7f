// The outbox: messages newest first (or those named), one more than a page.
// $ids: message ids, or null
// $status: queued or sent, or null for both
// $skip: how many to pass over
// $limit: the most to return
MATCH (m:Mail)
WHERE ($ids IS NULL OR m.id IN $ids) AND ($status IS NULL OR m.status = $status)
WITH m ORDER BY m.createdAt DESC, m.id DESC SKIP $skip LIMIT $limit
RETURN m {
  .id, .to, .cc, .subject, .kind, .status, .attempts, .createdAt, .sentAt, .text, .html,
  lastError: m.lastError, messageId: m.messageId
} AS mail

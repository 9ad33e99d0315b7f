// A message that could not be sent waits until $nextAttemptAt, with the reason kept for the outbox.
// $id: the message's id
// $nextAttemptAt: ISO date-time
// $error: why it failed (the SMTP server's answer, never a credential)
MATCH (m:Mail {id: $id, status: 'queued'})
SET m.nextAttemptAt = datetime($nextAttemptAt), m.lastError = $error, m.claimedUntil = null
RETURN m.id AS id

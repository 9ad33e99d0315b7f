// Marks a message sent, once, with the Message-ID the SMTP server accepted it under.
// $id: the message's id
// $messageId: its Message-ID
MATCH (m:Mail {id: $id, status: 'queued'})
SET m.status = 'sent', m.sentAt = datetime(), m.messageId = $messageId, m.claimedUntil = null, m.lastError = null
RETURN m.id AS id

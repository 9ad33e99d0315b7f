// Queues e-mail for the sender: each message waits, durably, until it is sent once.
// $mails: list of {id, userId, to, cc, subject, text, html, kind, unsubscribeUrl}
UNWIND $mails AS mail
CREATE (m:Mail)
SET m = mail, m.status = 'queued', m.attempts = 0, m.createdAt = datetime(), m.nextAttemptAt = datetime()
RETURN count(m) AS queued

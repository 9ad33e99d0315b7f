// Claims messages due for sending, for a while: a sender that dies with a claim leaves its messages
// to another once the claim runs out. Each is locked (the property is set and removed at once) before
// its claim is read again, so two senders never claim the same message.
// $now: ISO date-time
// $limit: the most to claim
// $claimSeconds: how long a claim lasts
// $addresses: only messages to or copied to one of these (tests share one database), or null for all
MATCH (m:Mail {status: 'queued'})
WHERE m.nextAttemptAt <= datetime($now) AND (m.claimedUntil IS NULL OR m.claimedUntil < datetime($now))
  AND ($addresses IS NULL OR any(address IN m.to + m.cc WHERE address IN $addresses))
WITH m ORDER BY m.nextAttemptAt, m.id LIMIT $limit
SET m.lockedForClaim = true REMOVE m.lockedForClaim
WITH m WHERE m.status = 'queued' AND (m.claimedUntil IS NULL OR m.claimedUntil < datetime($now))
SET m.claimedUntil = datetime($now) + duration({seconds: $claimSeconds}), m.attempts = m.attempts + 1
RETURN m {.id, .to, .cc, .subject, .text, .html, .unsubscribeUrl, .kind, .attempts} AS mail

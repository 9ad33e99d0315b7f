// How many messages still wait to be sent.
RETURN COUNT { (:Mail {status: 'queued'}) } AS queued

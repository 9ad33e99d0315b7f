// Meetings starting within a day of $now whose registered partners have not been reminded, marked
// reminded in the same statement (the scheduled run that calls it is the only one for its slot).
// $now: ISO date-time
// $ids: only these meetings, or null for all
MATCH (m:Meeting)
WHERE m.startsAt > datetime($now) AND m.startsAt <= datetime($now) + duration('P1D')
  AND m.reminderSentAt IS NULL AND ($ids IS NULL OR m.id IN $ids)
SET m.reminderSentAt = datetime($now)
RETURN m.id AS id, m.title AS title, m.startsAt AS startsAt, m.place AS place, m.onlineUrl AS onlineUrl,
       COLLECT { MATCH (p:Partner)-[:REGISTERED_FOR]->(m) RETURN p.id } AS registered

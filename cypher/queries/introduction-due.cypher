// Introductions whose time has come, as of $now: asked ones no side of which answered within
// $remindAfterDays (remind), still unanswered after $lapseAfterDays and reminded (lapse), and accepted
// ones not marked collaborating after $outcomeAfterDays, whose sides were never asked whether it led
// to work (ask_outcome). Each way in starts from the status index.
// $now: ISO date-time
// $remindAfterDays: days before the one reminder
// $lapseAfterDays: days before an unanswered introduction lapses
// $outcomeAfterDays: days after acceptance before the sides are asked about the outcome
// $ids: only these introductions, or null for all
MATCH (i:Introduction)
WHERE i.status IN ['made', 'accepted'] AND ($ids IS NULL OR i.id IN $ids)
WITH i, datetime($now) AS now
WITH i, CASE
  WHEN i.status = 'made' AND i.remindedAt IS NULL AND i.madeAt <= now - duration({days: $remindAfterDays}) THEN 'remind'
  WHEN i.status = 'made' AND i.remindedAt IS NOT NULL AND i.madeAt <= now - duration({days: $lapseAfterDays}) THEN 'lapse'
  WHEN i.status = 'accepted' AND i.outcomeAskedAt IS NULL AND i.acceptedAt <= now - duration({days: $outcomeAfterDays}) THEN 'ask_outcome'
END AS due
WHERE due IS NOT NULL
RETURN i.id AS id, due
ORDER BY id
LIMIT 1000

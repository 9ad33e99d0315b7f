// Forgets rate windows that have ended.
// $before: windows that ended before this
MATCH (w:RateWindow)
WHERE w.until < datetime($before)
WITH w LIMIT 10000
DELETE w

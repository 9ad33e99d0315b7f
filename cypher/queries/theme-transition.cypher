// Moves a theme to a new status if its current status allows it; the write lock comes first (a
// property set and removed at once, leaving nothing behind), so two moves at once cannot both pass the check.
// $id: the theme's id
// $status: the new status
// $allowedFrom: statuses from which it may be reached
// $stamp: the properties this step sets (raisedAt and raisedWhere, vendorAnswer and answeredAt, …)
MATCH (t:FeedbackTheme {id: $id})
SET t.lockedForChange = true REMOVE t.lockedForChange
WITH t, t.status AS before, t.status IN $allowedFrom AS allowed
FOREACH (_ IN CASE WHEN allowed THEN [1] ELSE [] END | SET t.status = $status, t += $stamp)
RETURN before, allowed

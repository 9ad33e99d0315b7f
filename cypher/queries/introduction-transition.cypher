// Moves an introduction to a new status if its current status allows it. The write lock is taken
// (revision bump) before the status is read, so two concurrent moves cannot both pass the check;
// the caller rolls the transaction back when the move was not allowed.
// $id: the introduction's id
// $status: the new status
// $allowedFrom: statuses from which the new status may be reached
// $stamp: a map with the timestamp property of the new status, such as {madeAt: datetime}
// $notes: new notes, or null to keep them
MATCH (i:Introduction {id: $id})
SET i.revision = coalesce(i.revision, 0) + 1
WITH i, i.status AS before, i.status IN $allowedFrom AS allowed
FOREACH (_ IN CASE WHEN allowed THEN [1] ELSE [] END |
  SET i.status = $status, i += $stamp, i.notes = coalesce($notes, i.notes)
)
RETURN before, allowed

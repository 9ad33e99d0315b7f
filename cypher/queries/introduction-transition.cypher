// Moves an introduction to a new status if its current status allows it, adding the comment that
// came with the step. The write lock is taken (the lock property is set and removed at once) before
// the status is read, so two concurrent moves cannot both pass the check; the caller rolls the
// transaction back when the move was not allowed. Comments are only ever added, never replaced.
// $id: the introduction's id
// $status: the new status
// $allowedFrom: statuses from which the new status may be reached
// $stamp: a map with the timestamp property of the new status, such as {madeAt: datetime}
// $privateNote: the introducer's new private note, or null to keep it
// $comment: {id, text, by} to add for both partners to read, or null
MATCH (i:Introduction {id: $id})
SET i.lockedForMove = true REMOVE i.lockedForMove
WITH i, i.status AS before, i.status IN $allowedFrom AS allowed
FOREACH (_ IN CASE WHEN allowed THEN [1] ELSE [] END |
  SET i.status = $status, i += $stamp, i.privateNote = coalesce($privateNote, i.privateNote)
)
FOREACH (comment IN CASE WHEN allowed AND $comment IS NOT NULL THEN [$comment] ELSE [] END |
  CREATE (:Comment {id: comment.id, text: comment.text, by: comment.by, at: datetime()})-[:ON]->(i)
)
RETURN before, allowed

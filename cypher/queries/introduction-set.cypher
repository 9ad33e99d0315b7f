// Sets properties of an introduction already locked and checked by the caller's guarded change (a
// side's answer, the status it leads to, a reminder's date).
// $id: the introduction's id
// $changes: the properties to set
MATCH (i:Introduction {id: $id})
SET i += $changes
RETURN i.id AS id

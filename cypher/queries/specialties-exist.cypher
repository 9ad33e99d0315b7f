// Which of the given specialty ids exist.
// $ids: list of specialty ids
UNWIND $ids AS id
OPTIONAL MATCH (s:Specialty {id: id})
RETURN id, s IS NOT NULL AS exists

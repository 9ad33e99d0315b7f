// Whether an area exists.
// $id: the area's id
MATCH (a:Area {id: $id})
RETURN a.id AS id

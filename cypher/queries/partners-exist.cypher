// Which of the given partner ids exist.
// $ids: list of partner ids
UNWIND $ids AS id
OPTIONAL MATCH (p:Partner {id: id})
RETURN id, p IS NOT NULL AS exists

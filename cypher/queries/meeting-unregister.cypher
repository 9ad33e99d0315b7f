// Cancels a partner's registration for a meeting; nothing to cancel changes nothing. One row when
// the meeting exists.
// $id: the meeting's id
// $partner: the partner's id
MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (:Partner {id: $partner})-[r:REGISTERED_FOR]->(m)
DELETE r
RETURN m.id AS id

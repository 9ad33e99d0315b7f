// Whether a partner is a PAL.
// $id: the partner's id
MATCH (p:PAL {id: $id})
RETURN p.id AS id

// Registers a partner for a meeting (once).
// $id: the meeting's id
// $partner: the partner's id
MATCH (m:Meeting {id: $id}), (p:Partner {id: $partner})
MERGE (p)-[r:REGISTERED_FOR]->(m)
ON CREATE SET r.at = datetime()
RETURN m.id AS id

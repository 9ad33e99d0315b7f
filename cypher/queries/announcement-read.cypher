// Marks an announcement read by a partner.
// $id: the announcement's id
// $partner: the reader's partner id
MATCH (a:Announcement {id: $id}), (p:Partner {id: $partner})
MERGE (p)-[r:READ]->(a)
ON CREATE SET r.at = datetime()
RETURN a.id AS id

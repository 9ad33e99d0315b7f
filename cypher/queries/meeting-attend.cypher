// Records who attended: each attendee MET_AT the meeting, dated the day it took place, so partners
// who attended the same meeting are shown as having met through it.
// $id: the meeting's id
// $partners: partner ids
MATCH (m:Meeting {id: $id})
UNWIND $partners AS partnerId
MATCH (p:Partner {id: partnerId})
MERGE (p)-[r:MET_AT]->(m)
SET r.date = date(m.startsAt)
RETURN count(r) AS recorded

// The PAL of each partner's area.
// $ids: partner ids
UNWIND $ids AS partnerId
MATCH (:Partner {id: partnerId})-[:IN_AREA]->(:Area)<-[:LEADS]-(pal:PAL)
RETURN partnerId AS partner, pal {.id, .name} AS pal

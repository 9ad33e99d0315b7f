// One partner's whole profile: area, specialties offered and sought, groups, the area it leads.
// $id: the partner's id
MATCH (p:Partner {id: $id})
OPTIONAL MATCH (p)-[:IN_AREA]->(a:Area)
OPTIONAL MATCH (p)-[:LEADS]->(led:Area)
RETURN p {
  .id, .name, .company, .tier, .managed, .city, .location, .website, .email, .phone, .joinedAt, .openToIntroductions,
  isPal: p:PAL,
  area: a {.id, .name},
  leads: led {.id, .name},
  offers: COLLECT { MATCH (p)-[:OFFERS]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  seeks: COLLECT { MATCH (p)-[:SEEKS]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  expertIn: COLLECT { MATCH (p)-[:EXPERT_IN]->(s:Specialty) WITH s ORDER BY s.name RETURN s {.id, .name} },
  groups: COLLECT { MATCH (p)-[:MEMBER_OF|RUNS]->(g:UserGroup) WITH DISTINCT g ORDER BY g.name RETURN g {.id, .name} },
  knowsCount: COUNT { (p)-[:KNOWS]-(:Partner) }
} AS partner

// The community life of a set of partners, for drawing it: the user groups they run or belong to,
// the meetings they attended (MET_AT) in the last year, and the PAL activities they did or that
// reached them in the last year.
// $ids: the partners' ids
MATCH (p:Partner) WHERE p.id IN $ids
CALL (p) {
  MATCH (p)-[r:MEMBER_OF|RUNS]->(g:UserGroup)
  RETURN type(r) AS kind, 'group' AS nodeKind, g.id AS ref, g.name AS label, null AS date
  UNION
  MATCH (p)-[r:MET_AT]->(m:Meeting)-[:OF_GROUP]->(g:UserGroup)
  WHERE m.startsAt >= datetime() - duration('P365D')
  RETURN 'MET_AT' AS kind, 'meeting' AS nodeKind, m.id AS ref, m.title + ' (' + g.name + ')' AS label, toString(r.date) AS date
  UNION
  MATCH (p)-[r:DID]->(act:Activity)
  WHERE act.date >= date() - duration('P365D')
  RETURN 'DID' AS kind, 'activity' AS nodeKind, act.id AS ref, act.title AS label, toString(act.date) AS date
  UNION
  MATCH (act:Activity)-[r:REACHED]->(p)
  WHERE act.date >= date() - duration('P365D')
  RETURN 'REACHED' AS kind, 'activity' AS nodeKind, act.id AS ref, act.title AS label, toString(act.date) AS date
}
RETURN p.id AS partner, kind, nodeKind, ref, label, date

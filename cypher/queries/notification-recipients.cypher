// The accounts to tell of one event, with how each wants this kind delivered: the accounts of the
// partners named, the accounts named, every account of a partner an announcement is meant for, the
// partners who raised or voiced a feedback theme, and
// the accounts of a meeting's group members and of the partners of its group's area. Accounts not
// yet in use (an invitation not taken up) or disabled, and the one who caused the event, are left out.
// $partners: partner ids
// $users: user ids
// $announcement: announcement id, or null
// $meeting: meeting id, or null
// $theme: feedback theme id (the partners who raised it or voiced it), or null
// $kind: the notification kind
// $exceptPartner: the partner who caused the event, or null
CALL () {
  UNWIND $partners AS partnerId
  MATCH (:Partner {id: partnerId})<-[:IS]-(u:User)
  RETURN u
  UNION
  UNWIND $users AS userId
  MATCH (u:User {id: userId})
  RETURN u
  UNION
  MATCH (a:Announcement {id: $announcement})
  MATCH (u:User)-[:IS]->(reader:Partner)
  WHERE a.audienceKind = 'everyone'
    OR (a.audienceKind = 'area' AND EXISTS { (reader)-[:IN_AREA]->(:Area {id: a.audienceValue}) })
    OR (a.audienceKind = 'tier' AND reader.tier = a.audienceValue)
    OR (a.audienceKind = 'specialty' AND EXISTS { (reader)-[:OFFERS|SEEKS]->(:Specialty {id: a.audienceValue}) })
  RETURN u
  UNION
  MATCH (t:FeedbackTheme {id: $theme})
  CALL (t) {
    MATCH (p:Partner)-[:GAVE]->(:Feedback)-[:IN_THEME]->(t) RETURN p
    UNION
    MATCH (p:Partner)-[:VOICED]->(t) RETURN p
  }
  MATCH (u:User)-[:IS]->(p)
  RETURN u
  UNION
  MATCH (:Meeting {id: $meeting})-[:OF_GROUP]->(g:UserGroup)
  MATCH (u:User)-[:IS]->(p:Partner)
  WHERE EXISTS { (p)-[:MEMBER_OF|RUNS]->(g) } OR EXISTS { (g)-[:IN_AREA]->(:Area)<-[:IN_AREA]-(p) }
  RETURN u
}
WITH DISTINCT u
WHERE NOT coalesce(u.disabled, false) AND u.passwordHash IS NOT NULL
  AND ($exceptPartner IS NULL OR NOT EXISTS { (u)-[:IS]->(:Partner {id: $exceptPartner}) })
OPTIONAL MATCH (u)-[:IS]->(p:Partner)
RETURN u.id AS userId, u.email AS email, coalesce(p.name, u.email) AS name, u['notify_' + $kind] AS delivery

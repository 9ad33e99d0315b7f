// Candidates for a partner's matches, with the features the scorer needs. Candidates are friends of
// friends (best Adamic–Adar first), partners met at the same meetings (MET_AT), and partners in the
// same area who offer what the partner seeks or seek what it offers; each list is capped so the
// work stays bounded on big networks.
// Excluded: the partner itself, partners it knows, partners not open to introductions, and pairs
// whose introduction was declined within the cooldown.
// $id: the partner
// $structuralCap: the most friends of friends to consider
// $complementaryCap: the most complementary partners in the same area to consider
// $cooldownDays: how long a declined introduction keeps a pair apart
// $specialty: only matches involving this specialty either way, or null
// $area: only candidates in this area, or null
// $useMeetings: whether meetings both attended count (false only to evaluate without them)
MATCH (me:Partner {id: $id})
OPTIONAL MATCH (me)-[:IN_AREA]->(myArea:Area)
CALL (me) {
  MATCH (me)-[:KNOWS]-(z:Partner)-[:KNOWS]-(c:Partner)
  WHERE c <> me
  WITH c, sum(1.0 / log(COUNT { (z)-[:KNOWS]-() })) AS adamicAdar
  ORDER BY adamicAdar DESC
  LIMIT $structuralCap
  RETURN collect(c) AS structural
}
CALL (me) {
  MATCH (me)-[:MET_AT]->(:Meeting)<-[:MET_AT]-(c:Partner)
  WHERE c <> me AND $useMeetings
  WITH DISTINCT c LIMIT $structuralCap
  RETURN collect(c) AS metAtMeetings
}
CALL (me, myArea) {
  // Scanned from each partner's side and stopped at the cap, never expanded from a specialty that
  // thousands offer.
  WITH me, myArea,
       COLLECT { MATCH (me)-[:SEEKS]->(s:Specialty) RETURN s } AS seeks,
       COLLECT { MATCH (me)-[:OFFERS]->(s:Specialty) RETURN s } AS offers
  MATCH (myArea)<-[:IN_AREA]-(c:Partner)
  WHERE c <> me
    AND (EXISTS { MATCH (c)-[:OFFERS]->(s:Specialty) WHERE s IN seeks }
      OR EXISTS { MATCH (c)-[:SEEKS]->(s:Specialty) WHERE s IN offers })
  WITH c LIMIT $complementaryCap
  RETURN collect(c) AS complementary
}
// What every candidate is compared with is gathered once, so that each candidate is looked at from
// its own side (its few ties and groups) rather than from big shared groups or specialties.
WITH me, myArea, structural + metAtMeetings + complementary AS pool,
     COLLECT { MATCH (me)-[:KNOWS]-(friend:Partner) RETURN friend } AS myFriends,
     COLLECT { MATCH (me)-[:MEMBER_OF|RUNS]->(g:UserGroup) RETURN DISTINCT g } AS myGroups,
     COLLECT { MATCH (me)-[:MET_AT]->(m:Meeting) RETURN m } AS myMeetings,
     COLLECT { MATCH (me)-[:SEEKS]->(s:Specialty) RETURN s } AS mySeeks,
     COLLECT { MATCH (me)-[:OFFERS]->(s:Specialty) RETURN s } AS myOffers
UNWIND pool AS c
WITH DISTINCT me, myArea, c, myFriends, myGroups, myMeetings, mySeeks, myOffers
WHERE c <> me
  AND coalesce(c.openToIntroductions, true)
  AND NOT c IN myFriends
  AND NOT EXISTS {
    MATCH (c)<-[:FROM|TO]-(declined:Introduction {status: 'declined'})-[:FROM|TO]->(me)
    WHERE declined.declinedAt > datetime() - duration({days: $cooldownDays})
  }
  AND ($area IS NULL OR EXISTS { (c)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($specialty IS NULL
    OR EXISTS { MATCH (c)-[:OFFERS]->(s:Specialty {id: $specialty}) WHERE s IN mySeeks }
    OR EXISTS { MATCH (c)-[:SEEKS]->(s:Specialty {id: $specialty}) WHERE s IN myOffers })
OPTIONAL MATCH (c)-[:IN_AREA]->(theirArea:Area)
RETURN
  c {.id, .name, .company, .tier, isPal: c:PAL, area: theirArea {.id, .name}} AS partner,
  COLLECT {
    MATCH (c)-[:KNOWS]-(z:Partner) WHERE z IN myFriends
    RETURN z {.id, .name, isPal: z:PAL, degree: COUNT { (z)-[:KNOWS]-() }}
  } AS mutual,
  COLLECT {
    MATCH (c)-[:OFFERS]->(s:Specialty) WHERE s IN mySeeks
    RETURN s {.id, .name, offeredBy: COUNT { (s)<-[:OFFERS]-() }}
  } AS forYou,
  COLLECT {
    MATCH (c)-[:SEEKS]->(s:Specialty) WHERE s IN myOffers
    RETURN s {.id, .name, offeredBy: COUNT { (s)<-[:OFFERS]-() }}
  } AS forThem,
  myArea IS NOT NULL AND theirArea = myArea AS sameArea,
  point.distance(me.location, c.location) / 1000.0 AS distanceKm,
  COLLECT {
    MATCH (c)-[:MEMBER_OF|RUNS]->(g:UserGroup) WHERE g IN myGroups
    RETURN DISTINCT g {.id, .name}
  } AS sharedGroups,
  COLLECT {
    MATCH (c)-[:MET_AT]->(m:Meeting) WHERE m IN myMeetings AND $useMeetings
    WITH m ORDER BY m.startsAt DESC
    RETURN m {.id, .title, date: toString(date(m.startsAt))}
  } AS sharedMeetings,
  COUNT { (:Partner) } AS totalPartners

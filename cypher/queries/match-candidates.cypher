// Candidates for a partner's matches, with the features the scorer needs. Candidates are friends of
// friends (best Adamic–Adar first) and partners in the same area who offer what the partner seeks
// or seek what it offers; both lists are capped so the work stays bounded on big networks.
// Excluded: the partner itself, partners it knows, partners not open to introductions, and pairs
// whose introduction was declined within the cooldown.
// $id: the partner
// $structuralCap: the most friends of friends to consider
// $complementaryCap: the most complementary partners to consider per specialty
// $cooldownDays: how long a declined introduction keeps a pair apart
// $specialty: only matches involving this specialty either way, or null
// $area: only candidates in this area, or null
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
CALL (me, myArea) {
  OPTIONAL CALL (me, myArea) {
    MATCH (me)-[:SEEKS]->(s:Specialty)
    CALL (s, myArea) {
      MATCH (s)<-[:OFFERS]-(c:Partner)-[:IN_AREA]->(myArea)
      RETURN c LIMIT $complementaryCap
    }
    RETURN c
    UNION
    MATCH (me)-[:OFFERS]->(s:Specialty)
    CALL (s, myArea) {
      MATCH (s)<-[:SEEKS]-(c:Partner)-[:IN_AREA]->(myArea)
      RETURN c LIMIT $complementaryCap
    }
    RETURN c
  }
  RETURN collect(DISTINCT c) AS complementary
}
UNWIND structural + complementary AS c
WITH DISTINCT me, myArea, c
WHERE c <> me
  AND coalesce(c.openToIntroductions, true)
  AND NOT EXISTS { (me)-[:KNOWS]-(c) }
  AND NOT EXISTS {
    MATCH (me)<-[:FROM|TO]-(declined:Introduction {status: 'declined'})-[:FROM|TO]->(c)
    WHERE declined.declinedAt > datetime() - duration({days: $cooldownDays})
  }
  AND ($area IS NULL OR EXISTS { (c)-[:IN_AREA]->(:Area {id: $area}) })
  AND ($specialty IS NULL
    OR EXISTS { (me)-[:SEEKS]->(:Specialty {id: $specialty})<-[:OFFERS]-(c) }
    OR EXISTS { (me)-[:OFFERS]->(:Specialty {id: $specialty})<-[:SEEKS]-(c) })
OPTIONAL MATCH (c)-[:IN_AREA]->(theirArea:Area)
RETURN
  c {.id, .name, .company, .tier, isPal: c:PAL, area: theirArea {.id, .name}} AS partner,
  COLLECT {
    MATCH (me)-[:KNOWS]-(z:Partner)-[:KNOWS]-(c)
    RETURN z {.id, .name, isPal: z:PAL, degree: COUNT { (z)-[:KNOWS]-() }}
  } AS mutual,
  COLLECT {
    MATCH (me)-[:SEEKS]->(s:Specialty)<-[:OFFERS]-(c)
    RETURN s {.id, .name, offeredBy: COUNT { (s)<-[:OFFERS]-() }}
  } AS forYou,
  COLLECT {
    MATCH (c)-[:SEEKS]->(s:Specialty)<-[:OFFERS]-(me)
    RETURN s {.id, .name, offeredBy: COUNT { (s)<-[:OFFERS]-() }}
  } AS forThem,
  myArea IS NOT NULL AND theirArea = myArea AS sameArea,
  point.distance(me.location, c.location) / 1000.0 AS distanceKm,
  COLLECT {
    MATCH (me)-[:MEMBER_OF|RUNS]->(g:UserGroup)<-[:MEMBER_OF|RUNS]-(c)
    RETURN DISTINCT g {.id, .name}
  } AS sharedGroups,
  COUNT { (:Partner) } AS totalPartners

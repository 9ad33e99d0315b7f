// Until 2026-12 one side's "accept" accepted an introduction for both. Now each side answers for
// itself (fromAnswer, toAnswer) and the introduction is accepted when both said yes. Introductions
// accepted before then count as both sides having said yes when it was accepted; one declined by a
// partner of the pair after it was made counts as that side's no. Outcomes (accepted, declined,
// collaborating, lapsed) are not touched, so what matching learns from them stays the same.
// Marked answersInferred. Idempotent.
MATCH (i:Introduction)
WHERE i.acceptedAt IS NOT NULL AND i.fromAnswer IS NULL AND i.toAnswer IS NULL
SET i.fromAnswer = 'yes', i.toAnswer = 'yes', i.fromAnsweredAt = i.acceptedAt, i.toAnsweredAt = i.acceptedAt, i.answersInferred = true;
MATCH (i:Introduction {status: 'declined'})-[:FROM]->(a:Partner), (i)-[:TO]->(b:Partner)
WHERE i.madeAt IS NOT NULL AND i.fromAnswer IS NULL AND i.toAnswer IS NULL AND i.declinedBy IN [a.id, b.id]
SET i.fromAnswer = CASE WHEN i.declinedBy = a.id THEN 'no' END,
    i.toAnswer = CASE WHEN i.declinedBy = b.id THEN 'no' END,
    i.fromAnsweredAt = CASE WHEN i.declinedBy = a.id THEN i.declinedAt END,
    i.toAnsweredAt = CASE WHEN i.declinedBy = b.id THEN i.declinedAt END,
    i.answersInferred = true;

// A partner adds their voice to a theme; says whether they had raised it already.
// $id: the theme's id
// $partner: the partner's id
MATCH (t:FeedbackTheme {id: $id}), (p:Partner {id: $partner})
// Lock the partner first (set and removed at once: nothing stays), so fifty identical requests at
// once make one voice: each waits, then sees the voice the first one added.
SET p.lockedForVoice = true REMOVE p.lockedForVoice
WITH t, p, EXISTS { (p)-[:VOICED]->(t) } OR EXISTS { (p)-[:GAVE]->(:Feedback)-[:IN_THEME]->(t) } AS already
FOREACH (_ IN CASE WHEN already THEN [] ELSE [1] END | CREATE (p)-[:VOICED {at: datetime()}]->(t))
RETURN already

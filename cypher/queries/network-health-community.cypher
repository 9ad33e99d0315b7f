// Network health: meetings with their area and attendees, PAL activities with the partners they
// reached, and feedback themes with their voices.
RETURN
  COLLECT { MATCH (m:Meeting)-[:OF_GROUP]->(g:UserGroup)
            RETURN {id: m.id, area: [(g)-[:IN_AREA]->(a:Area) | a.id][0], startsAt: toString(m.startsAt),
                    attended: [(p:Partner)-[:MET_AT]->(m) | p.id]} } AS meetings,
  COLLECT { MATCH (pal:Partner)-[:DID]->(act:Activity)
            RETURN {id: act.id, pal: pal.id, date: toString(act.date), reached: [(act)-[:REACHED]->(p:Partner) | p.id]} } AS activities,
  COLLECT { MATCH (t:FeedbackTheme)
            RETURN {id: t.id, title: t.title, status: t.status, createdAt: toString(t.createdAt),
                    voices: size(COLLECT { MATCH (p:Partner)-[:GAVE]->(:Feedback)-[:IN_THEME]->(t) RETURN p
                                           UNION MATCH (p:Partner)-[:VOICED]->(t) RETURN p })} } AS themes

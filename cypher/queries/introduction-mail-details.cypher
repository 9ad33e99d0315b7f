// What the introduction e-mail says of both sides and the PAL: names, companies, what each offers
// and seeks, and where to reach them (the partner's contact e-mail, else their account's).
// $id: the introduction's id
MATCH (i:Introduction {id: $id})-[:FROM]->(a:Partner), (i)-[:TO]->(b:Partner)
OPTIONAL MATCH (pal:Partner)-[:INTRODUCED]->(i)
WITH i, pal, [a, b] AS sides
RETURN i.reason AS reason,
       [p IN sides | p {
         .id, .name, company: coalesce(p.company, p.name), .phone, .website,
         email: coalesce(p.email, COLLECT { MATCH (u:User)-[:IS]->(p) RETURN u.email ORDER BY u.email }[0]),
         offers: COLLECT { MATCH (p)-[:OFFERS]->(s:Specialty) RETURN s.name ORDER BY s.name },
         seeks: COLLECT { MATCH (p)-[:SEEKS]->(s:Specialty) RETURN s.name ORDER BY s.name }
       }] AS sides,
       [i.fromMessage, i.toMessage] AS messages,
       pal {.id, .name, email: coalesce(pal.email, COLLECT { MATCH (u:User)-[:IS]->(pal) RETURN u.email ORDER BY u.email }[0])} AS pal

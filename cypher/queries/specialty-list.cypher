// Every specialty with how many partners offer and seek it.
// (no parameters)
MATCH (s:Specialty)
RETURN s {
  .id, .name, .category,
  offeredBy: COUNT { (s)<-[:OFFERS]-(:Partner) },
  soughtBy: COUNT { (s)<-[:SEEKS]-(:Partner) }
} AS specialty
ORDER BY s.name

// For each target, the shortest chain of acquaintance from a partner, one through a PAL where
// several tie; null where none is four hops or shorter.
// $id: the partner
// $targets: the partners to reach
MATCH (me:Partner {id: $id})
UNWIND $targets AS targetId
MATCH (target:Partner {id: targetId})
OPTIONAL CALL (me, target) {
  MATCH path = ALL SHORTEST (me)-[:KNOWS]-{1,4}(target)
  WITH path, size([n IN nodes(path)[1..-1] WHERE n:PAL]) AS pals
  ORDER BY pals DESC
  LIMIT 1
  RETURN [n IN nodes(path) | n {.id, .name, isPal: n:PAL}] AS route
}
RETURN targetId AS target, route

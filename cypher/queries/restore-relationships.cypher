// Restore (and graph import): creates relationships between nodes being written, found through the
// :Restoring id index and then checked for their label (ids are unique per label only).
// $rows: list of {type, fromLabel, from, toLabel, to, plain: map, typed: list as for nodes}
UNWIND $rows AS row
MATCH (a:Restoring {id: row.from}) WHERE row.fromLabel IN labels(a)
MATCH (b:Restoring {id: row.to}) WHERE row.toLabel IN labels(b)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.plain
FOREACH (e IN row.typed |
  SET r[e.key] = CASE e.type WHEN 'DATE' THEN date(e.text) WHEN 'DATETIME' THEN datetime(e.text) ELSE point(e.point) END)
RETURN count(r) AS created

// Restore: creates relationships between restored nodes, found through the :Restoring id index.
// $rows: list of {type, from, to, plain: map, typed: list as for nodes}
UNWIND $rows AS row
MATCH (a:Restoring {id: row.from})
MATCH (b:Restoring {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.plain
FOREACH (e IN row.typed |
  SET r[e.key] = CASE e.type WHEN 'DATE' THEN date(e.text) WHEN 'DATETIME' THEN datetime(e.text) ELSE point(e.point) END)
RETURN count(r) AS created

// Import: creates relationships between nodes found by label and id (checked beforehand).
// $rows: list of {type, fromLabel, from, toLabel, to, plain: map, typed: list as for nodes}
UNWIND $rows AS row
MATCH (a:$(row.fromLabel) {id: row.from}), (b:$(row.toLabel) {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.plain
FOREACH (e IN row.typed |
  SET r[e.key] = CASE e.type WHEN 'DATE' THEN date(e.text) WHEN 'DATETIME' THEN datetime(e.text) ELSE point(e.point) END)
RETURN count(r) AS created

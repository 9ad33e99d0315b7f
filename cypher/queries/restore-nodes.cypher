// Restore: creates nodes with their labels and properties, marked :Restoring until their
// relationships are in place; dates, date-times and points are set from their text.
// $rows: list of {labels, plain: map, typed: list of {key, type: DATE|DATETIME|POINT, text, point}}
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.plain, n:Restoring
FOREACH (e IN row.typed |
  SET n[e.key] = CASE e.type WHEN 'DATE' THEN date(e.text) WHEN 'DATETIME' THEN datetime(e.text) ELSE point(e.point) END)
RETURN count(n) AS created

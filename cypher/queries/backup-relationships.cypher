// Backup: every relationship between kept nodes, its ends named by label and our own id (ids are
// unique per label).
// $skipLabels: labels whose nodes a backup leaves out
MATCH (a)-[r]->(b)
WHERE none(label IN labels(a) WHERE label IN $skipLabels) AND none(label IN labels(b) WHERE label IN $skipLabels)
RETURN type(r) AS type,
       {label: [l IN labels(a) WHERE l <> 'PAL'][0], id: a.id} AS from,
       {label: [l IN labels(b) WHERE l <> 'PAL'][0], id: b.id} AS to,
       [k IN keys(r) | {key: k, type: valueType(r[k]), value: CASE
          WHEN valueType(r[k]) STARTS WITH 'POINT' THEN {latitude: r[k].latitude, longitude: r[k].longitude}
          WHEN valueType(r[k]) STARTS WITH 'DATE' OR valueType(r[k]) STARTS WITH 'ZONED' THEN toString(r[k])
          ELSE r[k] END}] AS properties

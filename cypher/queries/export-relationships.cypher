// Export: every relationship between community nodes, its ends named by label and our own id.
MATCH (a)-[r]->(b)
WHERE NOT (a:User OR a:Session OR a:AuditEntry) AND NOT (b:User OR b:Session OR b:AuditEntry)
RETURN type(r) AS type,
       {label: [l IN labels(a) WHERE l <> 'PAL'][0], id: a.id} AS from,
       {label: [l IN labels(b) WHERE l <> 'PAL'][0], id: b.id} AS to,
       [k IN keys(r) | {key: k, type: valueType(r[k]), value: CASE
          WHEN valueType(r[k]) STARTS WITH 'POINT' THEN {latitude: r[k].latitude, longitude: r[k].longitude}
          WHEN valueType(r[k]) STARTS WITH 'DATE' OR valueType(r[k]) STARTS WITH 'ZONED' THEN toString(r[k])
          ELSE r[k] END}] AS properties

// Backup: every node but the passing ones (sessions, sign-in throttles, idempotent requests), with
// each property's type, accounts and the audit log included.
// $skipLabels: labels whose nodes a backup leaves out
MATCH (n) WHERE none(label IN labels(n) WHERE label IN $skipLabels)
RETURN labels(n) AS labels,
       [k IN keys(n) | {key: k, type: valueType(n[k]), value: CASE
          WHEN valueType(n[k]) STARTS WITH 'POINT' THEN {latitude: n[k].latitude, longitude: n[k].longitude}
          WHEN valueType(n[k]) STARTS WITH 'DATE' OR valueType(n[k]) STARTS WITH 'ZONED' THEN toString(n[k])
          ELSE n[k] END}] AS properties

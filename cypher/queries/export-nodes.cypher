// Export: every community node (not accounts, sessions, the audit log, the app's sample mark, sign-in throttles,
// remembered idempotent requests, notifications, mail, the app's secrets or its scheduled runs) with each
// property's type.
MATCH (n) WHERE NOT (n:User OR n:Session OR n:AuditEntry OR n:SampleMark OR n:SignInThrottle OR n:IdempotentRequest OR n:RateWindow
  OR n:Notification OR n:Mail OR n:AppSecret OR n:ScheduledRun)
RETURN labels(n) AS labels,
       [k IN keys(n) | {key: k, type: valueType(n[k]), value: CASE
          WHEN valueType(n[k]) STARTS WITH 'POINT' THEN {latitude: n[k].latitude, longitude: n[k].longitude}
          WHEN valueType(n[k]) STARTS WITH 'DATE' OR valueType(n[k]) STARTS WITH 'ZONED' THEN toString(n[k])
          ELSE n[k] END}] AS properties

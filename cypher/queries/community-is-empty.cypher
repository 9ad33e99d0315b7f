// Whether the database holds no community node (accounts, sessions, the audit log, the
// app's sample mark, sign-in throttles and remembered idempotent requests aside).
RETURN NOT EXISTS { MATCH (n) WHERE NOT (n:User OR n:Session OR n:AuditEntry OR n:SampleMark OR n:SignInThrottle OR n:IdempotentRequest OR n:RateWindow) } AS empty

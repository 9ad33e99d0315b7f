// Whether the database holds no community node (accounts, sessions, the audit log and the
// app's sample mark aside).
RETURN NOT EXISTS { MATCH (n) WHERE NOT (n:User OR n:Session OR n:AuditEntry OR n:SampleMark) } AS empty

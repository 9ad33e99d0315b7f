// Whether the database holds no community node (accounts, sessions and the audit log aside).
RETURN NOT EXISTS { MATCH (n) WHERE NOT (n:User OR n:Session OR n:AuditEntry) } AS empty

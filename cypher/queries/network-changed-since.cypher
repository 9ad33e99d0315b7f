// Whether a write that changes the network was made since a time, by any app process: its audit
// entry says so. The health report of every process thus knows when it is stale.
// $since: when the report's snapshot was read
RETURN EXISTS { MATCH (a:AuditEntry) WHERE a.at > datetime($since) AND a.changesNetwork = true } AS changed

// A partner's question was stored as :Query until 2026-12; "query" now means only Cypher and query
// strings. Idempotent: on a database that never had :Query nodes it changes nothing.
DROP CONSTRAINT query_id IF EXISTS;
DROP INDEX query_status IF EXISTS;
MATCH (q:Query) SET q:Question REMOVE q:Query;

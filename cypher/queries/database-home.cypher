// The folder the database serves its data from, so the app can tell the local Neo4j it started
// from another that happens to answer on the same port.
// (no parameters)
SHOW SETTINGS YIELD name, value
WHERE name = 'server.directories.neo4j_home'
RETURN value AS home

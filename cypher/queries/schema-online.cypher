// The names of the indexes that are online (a constraint's own index has the constraint's name),
// to tell whether the schema the app needs is in place.
// (no parameters)
SHOW INDEXES YIELD name, state
WHERE state = 'ONLINE'
RETURN collect(name) AS online

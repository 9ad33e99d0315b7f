// Whether the database holds no partner yet (then the sample network is loaded).
// (no parameters)
RETURN NOT EXISTS { MATCH (:Partner) } AS empty

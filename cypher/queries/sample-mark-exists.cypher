// Whether the app loaded the sample network into this database (see sample-mark).
// (no parameters)
RETURN EXISTS { MATCH (:SampleMark {id: 'sample'}) } AS marked

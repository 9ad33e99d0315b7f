// Records that the app itself loaded the sample network into this database: only then may demo
// accounts be made for it (a database that merely has partners with the same ids gets none).
// (no parameters)
MERGE (m:SampleMark {id: 'sample'})
ON CREATE SET m.loadedAt = datetime()
RETURN m.id AS id

// Until 2026-12 some changes took their write lock by bumping a counter (revision, tieRevision,
// introductionRevision), which stayed in the data and the exports, refused writes included. Locks
// now set and remove a property in one statement and leave nothing; the old counters go.
// Idempotent.
MATCH (n) WHERE n.revision IS NOT NULL OR n.tieRevision IS NOT NULL OR n.introductionRevision IS NOT NULL
REMOVE n.revision, n.tieRevision, n.introductionRevision;

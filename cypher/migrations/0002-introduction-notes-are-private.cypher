// Until 2026-12 an introduction had one `notes` field that every step overwrote and both partners
// read. It is now the introducer's private note; what the partners read is the reason and the
// comments added at each step. Old notes may hold what a PAL meant for PALs only, so they become
// private. Idempotent: once moved, no introduction has `notes`.
MATCH (i:Introduction) WHERE i.notes IS NOT NULL
SET i.privateNote = coalesce(i.privateNote, i.notes)
REMOVE i.notes;

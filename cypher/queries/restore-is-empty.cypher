// Whether the database holds nothing a backup would hold (passing nodes aside), so a restore may run.
// $skipLabels: labels whose nodes a backup leaves out
RETURN NOT EXISTS { MATCH (n) WHERE none(label IN labels(n) WHERE label IN $skipLabels) } AS empty

// Removes throttles with no failure in the last day.
OPTIONAL MATCH (t:SignInThrottle) WHERE t.lastFailureAt < datetime() - duration('P1D')
DELETE t
RETURN count(t) AS removed

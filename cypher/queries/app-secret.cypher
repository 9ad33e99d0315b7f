// A secret the app keeps in the database, made at its first use, so that every process signs alike
// (unsubscribe links). The uniqueness constraint on the name makes two first uses agree.
// $name: what the secret is for
// $candidate: a fresh random value, kept if none exists yet
MERGE (s:AppSecret {name: $name})
ON CREATE SET s.value = $candidate, s.createdAt = datetime()
RETURN s.value AS value

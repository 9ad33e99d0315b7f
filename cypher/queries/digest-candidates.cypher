// Accounts with notifications waiting for their digest, with their time zone and the local date of
// their last digest.
MATCH (n:Notification {pendingDigest: true})-[:FOR]->(u:User)
WITH DISTINCT u
RETURN u.id AS userId, coalesce(u.timeZone, 'Europe/London') AS timeZone, u.lastDigestDate AS lastDigestDate

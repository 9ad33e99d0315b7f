// Until 2026-12 accounts were locked out after failed sign-ins (failedLogins, lockedUntil); sign-ins
// are now throttled per email and address instead (:SignInThrottle), so the fields are dropped.
// Idempotent.
MATCH (u:User) WHERE u.failedLogins IS NOT NULL OR u.lockedUntil IS NOT NULL
REMOVE u.failedLogins, u.lockedUntil;

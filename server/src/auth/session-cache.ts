import type { LiveSession } from './repository';

/** The most sessions kept; past it the cache starts afresh (a burst of sign-ins costs reads, not memory). */
const MAX_ENTRIES = 10_000;

/**
 * Sessions this process read in the last moments, by digest, so that a burst of reads (the
 * explorer's several calls per click) costs one database read.
 *
 * Revocation is honoured at once in this process and races nobody: ending a session, or every
 * session of a user, stamps the time *after* the database write; an entry read before that stamp
 * is never served again, even if a request that was racing the write caches it later. Another
 * process that ends a session is honoured here at most `ttlMs` later, for reads only: writes never
 * trust this cache (see `resolve` in the auth service).
 */
export function sessionCache(ttlMs: number, now: () => number = Date.now) {
  const entries = new Map<string, { session: LiveSession; readAt: number; until: number }>();
  // Revocation stamps by `user:<id>` and `session:<digest>`; one older than ttlMs can no longer
  // outrank any entry, so it is dropped.
  const revokedAt = new Map<string, number>();

  const revoked = (digest: string, userId: string, readAt: number) =>
    (revokedAt.get(`session:${digest}`) ?? -1) >= readAt || (revokedAt.get(`user:${userId}`) ?? -1) >= readAt;

  function prune(at: number) {
    for (const [key, stamp] of revokedAt) if (stamp < at - ttlMs) revokedAt.delete(key);
  }

  function stamp(key: string) {
    const at = now();
    prune(at);
    revokedAt.set(key, at);
  }

  return {
    /** The session read for `digest`, if it is fresh and nothing revoked it since it was read. */
    get(digest: string): LiveSession | null {
      const entry = entries.get(digest);
      if (!entry) return null;
      if (entry.until > now() && !revoked(digest, entry.session.actor.userId, entry.readAt)) return entry.session;
      entries.delete(digest);
      return null;
    },

    /** Keeps a session read from the database; `readAt` is when that read began. */
    put(digest: string, session: LiveSession, readAt: number): void {
      if (revoked(digest, session.actor.userId, readAt)) return;
      if (entries.size >= MAX_ENTRIES) entries.clear();
      entries.set(digest, { session, readAt, until: Math.min(readAt + ttlMs, Date.parse(session.expiresAt)) });
    },

    /** Call after the database write that ended this session. */
    endSession(digest: string): void {
      stamp(`session:${digest}`);
      entries.delete(digest);
    },

    /** Call after the database write that ended, or changed the rights of, every session of a user. */
    endUser(userId: string): void {
      stamp(`user:${userId}`);
      for (const [digest, entry] of entries) if (entry.session.actor.userId === userId) entries.delete(digest);
    },
  };
}

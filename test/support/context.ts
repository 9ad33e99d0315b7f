import type { RequestContext } from '../../server/src/http/route';

/**
 * Benchmarks and evaluations call route handlers directly (no HTTP, no session): as an admin, who
 * may do everything.
 */
export const adminContext: RequestContext = {
  actor: { userId: 'script', email: 'script@localhost', role: 'admin', partnerId: null },
  session: null,
  sessionToken: null,
  address: '127.0.0.1',
  setSessionCookie: () => undefined,
};

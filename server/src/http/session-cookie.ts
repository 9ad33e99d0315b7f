import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';

/**
 * When the session cookie is marked Secure: `auto` when the request came over HTTPS (directly or,
 * with TRUST_PROXY, through a proxy), `always`, or `never` (plain HTTP on a private network).
 */
export type CookieSecurity = 'auto' | 'always' | 'never';

/** The plain name, for http://127.0.0.1 in development, where browsers refuse `__Host-` cookies. */
const PLAIN_NAME = 'pg_session';
/**
 * Over HTTPS the name carries the `__Host-` prefix: browsers then accept it only Secure, for this
 * host alone (no Domain) and path `/`, so a sibling subdomain or a plain-HTTP page cannot plant or
 * overwrite it.
 */
const HOST_NAME = '__Host-pg_session';

export function sessionCookie(security: CookieSecurity) {
  const isSecure = (req: Request) => security === 'always' || (security === 'auto' && req.secure);
  const nameFor = (req: Request) => (isSecure(req) ? HOST_NAME : PLAIN_NAME);
  return {
    /** The session token the request carries, under the one name that counts for it. */
    read: (req: Request): string | null => parseCookie(req.headers.cookie ?? '')[nameFor(req)] ?? null,

    /** Sets (or, with null, clears) the session cookie on the response. */
    setter: (req: Request, res: Response) => (token: string | null) => {
      const options = { httpOnly: true, sameSite: 'lax' as const, secure: isSecure(req), path: '/' };
      if (token) res.cookie(nameFor(req), token, options);
      else res.clearCookie(nameFor(req), options);
    },
  };
}

export type SessionCookie = ReturnType<typeof sessionCookie>;

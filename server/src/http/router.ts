import { timingSafeEqual } from 'node:crypto';
import { parseCookie } from 'cookie';
import { Router, type Request, type Response } from 'express';
import type { AuditRepository } from '../audit/repository';
import type { AuthService } from '../auth/service';
import { AppError } from '../errors';
import { authorize, type Actor } from './access';
import { Reply, type RequestContext, type RouteDefinition } from './route';

export const SESSION_COOKIE = 'pg_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface RouterDependencies {
  auth: AuthService;
  audit: AuditRepository;
  afterWrite(route: RouteDefinition): void;
}

const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword', 'token']);

/** The body as the audit log keeps it: passwords and tokens never stored. */
function withoutSecrets(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, SECRET_FIELDS.has(key) ? '[removed]' : value]));
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sessionCookieSetter(req: Request, res: Response) {
  return (token: string | null) => {
    // Secure whenever the request came over HTTPS (directly or, with TRUST_PROXY, through a proxy).
    const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
    if (token) res.cookie(SESSION_COOKIE, token, options);
    else res.clearCookie(SESSION_COOKIE, options);
  };
}

/**
 * Serves route definitions. For each call: the session cookie is resolved to an actor; the route's
 * access rule is checked (401/403); a write made with a session cookie must echo the session's CSRF
 * token; inputs are parsed by their schemas (a ZodError becomes a 400 downstream); and every
 * successful write is recorded in the audit log with the state before and after.
 */
export function buildRouter(routes: RouteDefinition[], { auth, audit, afterWrite }: RouterDependencies): Router {
  const router = Router();
  for (const route of routes) {
    const isWrite = route.method !== 'get';
    // Older paths (kept for one release) are served by the same handler.
    router[route.method]([route.path, ...(route.deprecatedPaths ?? [])], async (req: Request, res: Response) => {
      const sessionToken = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null;
      // Public routes never need the session (so health answers even when sessions cannot be read).
      const isPublic = 'public' in route.access;
      const session = sessionToken && !isPublic ? await auth.resolve(sessionToken) : null;
      const actor: Actor | null = session?.actor ?? null;
      const context: RequestContext = { actor, session, sessionToken, setSessionCookie: sessionCookieSetter(req, res) };

      // Public writes (sign-in) do not act with the session's authority, so they need no token.
      if (isWrite && session && !sameToken(req.get(CSRF_HEADER), session.csrfToken)) {
        throw new AppError(403, 'csrf_failed', 'Send the X-CSRF-Token header from your session with every change', CSRF_HEADER);
      }
      const input = await authorize(route.access, actor, () => ({
        params: route.params ? route.params.parse(req.params) : undefined,
        query: route.query ? route.query.parse(req.query) : undefined,
        body: route.body ? route.body.parse(req.body ?? {}) : undefined,
      }));

      const before = isWrite && route.before ? await route.before(input).catch(() => null) : null;
      const result = await route.handle(input, context);
      const status = result instanceof Reply ? result.status : (route.status ?? 200);
      const body = result instanceof Reply ? result.body : result;

      if (isWrite && status < 300) {
        afterWrite(route);
        await audit
          .record({
            actor: actor ?? (route.path.startsWith('/auth/') && body && typeof body === 'object' && 'user' in body ? actorOfSession(body) : null),
            action: `${route.method.toUpperCase()} ${route.path}`,
            target: Object.keys(req.params).length ? { ...(req.params as Record<string, string>) } : null,
            request: withoutSecrets(req.body),
            before,
            after: withoutSessionSecrets(body),
          })
          .catch((error: unknown) => {
            // The change is made; failing the request now would invite the client to make it twice.
            req.log?.error({ err: error }, 'audit entry not written');
          });
      }
      if (status === 204) res.status(204).end();
      else if (result instanceof Reply && result.contentType) res.status(status).type(result.contentType).send(body);
      else res.status(status).json(body);
    });
  }
  return router;
}

/** Sign-in has no actor yet: the audit log names the user it signed in. */
function actorOfSession(body: object): Actor | null {
  const user = (body as { user?: { id: string; email: string; role: Actor['role']; partner: { id: string } | null } }).user;
  return user ? { userId: user.id, email: user.email, role: user.role, partnerId: user.partner?.id ?? null } : null;
}

function withoutSessionSecrets(body: unknown): unknown {
  if (body && typeof body === 'object' && ('csrfToken' in body || 'invitationToken' in body)) {
    return { ...body, ...('csrfToken' in body ? { csrfToken: '[removed]' } : {}), ...('invitationToken' in body ? { invitationToken: '[removed]' } : {}) };
  }
  return body;
}

import { createHash, timingSafeEqual } from 'node:crypto';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import { securityEvent, type AuditRecord, type AuditRepository } from '../audit/repository';
import type { AuthService } from '../auth/service';
import { AppError, tooMany } from '../errors';
import { admit, authorize, type Actor } from './access';
import { IDEMPOTENCY_HEADER, takesIdempotencyKey, type Idempotent, type IdempotencyService } from '../idempotency/service';
import { requireJsonBody, requireWellFormedText } from './error-handler';
import { changesTheNetwork, Reply, type RequestContext, type RouteDefinition } from './route';
import { sessionCookie, type CookieSecurity, type SessionCookie } from './session-cookie';

export const CSRF_HEADER = 'x-csrf-token';

export interface RouterDependencies {
  auth: AuthService;
  audit: AuditRepository;
  afterWrite(route: RouteDefinition): void;
  idempotency: IdempotencyService;
  /** Runs a write, its read-back and its audit entry in one transaction (see Database.inUnitOfWork). */
  unitOfWork<T>(work: () => Promise<T>): Promise<T>;
  /** When the session cookie is Secure (and named `__Host-pg_session`). */
  cookieSecurity?: CookieSecurity;
}

const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword', 'token']);

/** The body as the audit log keeps it: passwords and tokens never stored. */
function withoutSecrets(body: unknown): unknown {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return body;
  return Object.fromEntries(Object.entries(body).map(([key, value]) => [key, SECRET_FIELDS.has(key) ? '[removed]' : value]));
}

/** What the audit log keeps of an uploaded file: enough to recognise it, not the file. */
function summaryOfUpload(req: Request): Record<string, unknown> {
  const body = req.body as { csv?: unknown; nodes?: unknown[]; relationships?: unknown[] };
  const text = typeof body?.csv === 'string' ? body.csv : JSON.stringify(body ?? null);
  const counts =
    typeof body?.csv === 'string'
      ? { rows: Math.max(0, body.csv.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1) }
      : { nodes: body?.nodes?.length ?? 0, relationships: body?.relationships?.length ?? 0 };
  return { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex'), ...counts };
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Serves route definitions. For each call: the caller is admitted (see `admission`) before the body
 * is read, with a size limit of the route's own; inputs are parsed by their schemas (a ZodError
 * becomes a 400 downstream); and every successful write is recorded in the audit log with the
 * state before and after.
 */
export function buildRouter(
  routes: RouteDefinition[],
  { auth, audit, afterWrite, idempotency, unitOfWork, cookieSecurity = 'auto' }: RouterDependencies,
): Router {
  const router = Router();
  const cookie = sessionCookie(cookieSecurity);
  for (const route of routes) {
    const isWrite = route.method !== 'get';
    // Older paths (kept for one release) are served by the same handler.
    const paths = [route.path, ...(route.deprecatedPaths ?? [])];
    const routeName = `${route.method.toUpperCase()} ${route.path}`;
    const gates = [
      // The route's template names it in the metrics (never the raw path, with its ids).
      ((_req, res, next) => {
        res.locals.routeName = routeName;
        next();
      }) satisfies RequestHandler,
      recordingRefusals(route, audit, admission(route, auth, cookie)),
      ...(route.bodyLimit ? [largeBodiesOneAtATime] : []),
      ...(route.costly ? [costlyReadBudget] : []),
    ];
    router[route.method](
      paths,
      ...gates,
      requireJsonBody(route.acceptsForm),
      express.json({ limit: route.bodyLimit ?? '100kb', strict: true }),
      // A form body (one-click unsubscribe) is never read: the route takes everything from its query.
      ...(route.acceptsForm ? [express.urlencoded({ limit: '1kb', extended: false })] : []),
      requireWellFormedText,
      recordingRefusals(route, audit, async (req: Request, res: Response) => {
        const context = res.locals.context as RequestContext;
        const { actor } = context;
        const input = await authorize(route.access, actor, () => ({
          params: route.params ? route.params.parse(req.params) : undefined,
          query: route.query ? route.query.parse(req.query) : undefined,
          body: route.body ? route.body.parse(req.body ?? {}) : undefined,
        }));

        const sentKey = req.get(IDEMPOTENCY_HEADER);
        const idempotent: Idempotent | null =
          sentKey !== undefined && actor && takesIdempotencyKey(route)
            ? await idempotency.begin({ actorId: actor.userId, route: routeName, path: req.path }, sentKey, req.body)
            : null;
        if (idempotent?.kind === 'replay') {
          res.setHeader('Idempotent-Replayed', 'true');
          sendAnswer(res, idempotent.status, idempotent.body);
          return;
        }

        const auditEntry = auditEntryFor(route, req, actor);
        const run = async () => {
          const before = isWrite && route.before ? await route.before(input).catch(() => null) : null;
          const result = await route.handle(input, context);
          const status = result instanceof Reply ? result.status : (route.status ?? 200);
          const body = result instanceof Reply ? result.body : result;
          return { result, status, body, before };
        };

        let outcome: Awaited<ReturnType<typeof run>>;
        try {
          if (isWrite && madeOneUnit(route)) {
            // The change, the read-back answered and the audit entry commit together or not at all.
            // The answer a retry will get is remembered in the same transaction as the change.
            outcome = await unitOfWork(async () => {
              const done = await run();
              if (done.status < 300) {
                await audit.record(auditEntry(done.before, done.body));
                await idempotent?.answered(done.status, done.body);
              }
              return done;
            });
          } else {
            outcome = await run();
            if (isWrite && outcome.status < 300) {
              await audit.record(auditEntry(outcome.before, outcome.body)).catch((error: unknown) => {
                // The change is made; failing the request now would invite the client to make it twice.
                req.log?.error({ err: error }, 'audit entry not written');
              });
            }
          }
        } catch (error) {
          // Refused or failed: nothing was made, so a retry with this key runs afresh.
          await idempotent?.failed().catch(() => undefined);
          throw error;
        }
        const { result, status, body } = outcome;
        if (isWrite && status < 300) afterWrite(route);
        const remembered = isWrite && madeOneUnit(route) && status < 300;
        if (idempotent && !remembered) {
          await (status < 300 ? idempotent.answered(status, body) : idempotent.failed()).catch((error: unknown) => {
            // The change is made; its answer goes out even though a retry could not be recognised.
            req.log?.error({ err: error }, 'idempotent answer not remembered');
          });
        }
        sendAnswer(res, status, body, result instanceof Reply ? result.contentType : undefined);
      }),
    );
  }
  return router;
}

/** What the audit log keeps of a successful write, given the state before it and its answer. */
function auditEntryFor(route: RouteDefinition, req: Request, actor: Actor | null) {
  return (before: unknown, body: unknown): AuditRecord => ({
    actor: actor ?? (route.path.startsWith('/auth/') && body && typeof body === 'object' && 'user' in body ? actorOfSession(body) : null),
    action: `${route.method.toUpperCase()} ${route.path}`,
    target: Object.keys(req.params).length ? { ...(req.params as Record<string, string>) } : null,
    // An import's body is a whole file: the log keeps its size, digest and row counts only.
    request: route.bodyLimit ? summaryOfUpload(req) : withoutSecrets(req.body),
    before,
    after: route.bodyLimit ? null : withoutSessionSecrets(body),
    changesNetwork: changesTheNetwork(route),
  });
}

function sendAnswer(res: Response, status: number, body: unknown, contentType?: string) {
  if (status === 204) res.status(204).end();
  else if (contentType) res.status(status).type(contentType).send(body);
  else res.status(status).json(body);
}

/**
 * Before any body is read: the session cookie is resolved to an actor, a write made with a session
 * must echo its CSRF token, and the part of the access rule that needs no input is checked. Only
 * then does the body parser read the body, so anonymous callers cannot make the server read (and
 * parse) a large one. The request context is left in `res.locals.context`.
 */
function admission(route: RouteDefinition, auth: AuthService, cookie: SessionCookie): RequestHandler {
  const isWrite = route.method !== 'get';
  // Public routes never need the session (so health answers even when sessions cannot be read).
  const isPublic = 'public' in route.access;
  return async (req, res, next) => {
    const sessionToken = cookie.read(req);
    const session = sessionToken && !isPublic ? await auth.resolve(sessionToken, isWrite ? 'write' : 'read') : null;
    const actor: Actor | null = session?.actor ?? null;
    res.locals.actorId = actor?.userId ?? null;
    const context: RequestContext = { actor, session, sessionToken, address: req.ip ?? '', setSessionCookie: cookie.setter(req, res) };
    res.locals.context = context;
    // Public writes (sign-in) do not act with the session's authority, so they need no token.
    if (isWrite && session && !sameToken(req.get(CSRF_HEADER), session.csrfToken)) {
      throw new AppError(403, 'csrf_failed', 'Send the X-CSRF-Token header from your session with every change', CSRF_HEADER);
    }
    if (session?.mfaSetupRequired && !('beforeMfa' in route.access)) {
      throw new AppError(403, 'mfa_setup_required', 'Set up two-step sign-in on your Account page first: your role requires it');
    }
    admit(route.access, actor);
    next();
  };
}

/** Refusals worth an admin's attention; a plain "sign in first" is not one. */
const SECURITY_CODES = new Set(['invalid_credentials', 'sign_in_throttled', 'csrf_failed', 'forbidden', 'no_partner']);

/**
 * Runs a handler and, when it refuses the caller for a security reason, records that in the audit
 * log with the route, the actor (or, for a failed sign-in, the email tried) and the address.
 */
function recordingRefusals(route: RouteDefinition, audit: AuditRepository, handler: RequestHandler): RequestHandler {
  return async (req, res, next) => {
    try {
      await handler(req, res, next);
    } catch (error) {
      if (error instanceof AppError && SECURITY_CODES.has(error.code)) {
        const actor = (res.locals.context as RequestContext | undefined)?.actor ?? null;
        const triedEmail = route.path === '/auth/login' && typeof req.body?.email === 'string' ? String(req.body.email).slice(0, 320) : null;
        const account = actor ? { userId: actor.userId, email: actor.email } : triedEmail ? { userId: null, email: triedEmail } : null;
        await audit
          .record(securityEvent(error.code, account, { route: `${route.method.toUpperCase()} ${route.path}`, address: req.ip ?? '', status: error.status }))
          .catch((failure: unknown) => req.log?.error({ err: failure }, 'security event not written'));
      }
      throw error;
    }
  };
}

/** Costly reads one person (or, signed out, one address) may have in flight at once. */
export const COSTLY_READS_PER_PERSON = 4;
const costlyInFlight = new Map<string, number>();

/**
 * A budget per person for reads that can cost the database much: beyond it, 429 with Retry-After,
 * so that one account sending many graph walks at once cannot slow everyone else down.
 */
const costlyReadBudget: RequestHandler = (req, res, next) => {
  const who = (res.locals.actorId as string | null) ?? `address:${req.ip}`;
  const running = costlyInFlight.get(who) ?? 0;
  if (running >= COSTLY_READS_PER_PERSON) {
    throw tooMany('too_many_at_once', `At most ${COSTLY_READS_PER_PERSON} of these at once; wait for one to finish`, 1);
  }
  costlyInFlight.set(who, running + 1);
  res.on('close', () => {
    const left = (costlyInFlight.get(who) ?? 1) - 1;
    if (left > 0) costlyInFlight.set(who, left);
    else costlyInFlight.delete(who);
  });
  next();
};

let largeBodyInFlight = false;

/** Jobs this process runs now, for the metrics: an import, and costly graph reads. */
export function routerJobsRunning(): Record<string, number> {
  let costly = 0;
  for (const count of costlyInFlight.values()) costly += count;
  return { import: largeBodyInFlight ? 1 : 0, costly_read: costly };
}

/**
 * Routes that read large bodies (imports) run one at a time in this process: a second one is
 * refused before its body is read, so two imports cannot hold two large bodies in memory at once.
 */
const largeBodiesOneAtATime: RequestHandler = (_req, res, next) => {
  if (largeBodyInFlight) {
    throw tooMany('import_running', 'Another import is running; try again when it has finished', 10);
  }
  largeBodyInFlight = true;
  res.on('close', () => {
    largeBodyInFlight = false;
  });
  next();
};

/**
 * Writes made one unit with their audit entry: all but those that run transactions of their own and
 * the account routes, whose refusals must still commit what they count (a failed sign-in, a wrong
 * current password) and whose session cache is dropped as each write returns.
 */
const madeOneUnit = (route: RouteDefinition) => !route.ownTransactions && route.tag !== 'Accounts' && route.tag !== 'Users';

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

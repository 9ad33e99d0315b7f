import type { CreateUser, Role, Session, UpdateUser, User } from '../contracts/auth';
import { AppError, badRequest, conflict, notFound, tooMany } from '../errors';
import type { Actor } from '../http/access';
import type { CatalogService } from '../catalog/service';
import { assertAcceptablePassword } from './password-policy';
import { hashPassword, newToken, tokenDigest, verifyPassword } from './passwords';
import type { AuthRepository, LiveSession, StoredUser } from './repository';
import { isRecoveryCode, newRecoveryCodes, newTotpSecret, recoveryCodeHash, totpStep, totpUri } from './second-factor';
import { sessionCache } from './session-cache';
import { newId } from '../ids';
import { type InvitationMailer, invitationMail } from './invitation-mail';

export interface AuthSettings {
  /** A session unused this long ends. */
  idleSeconds: number;
  /** A session ends this long after sign-in, however active. */
  maxSeconds: number;
  /** Failed sign-ins for one email from one address before each further one must wait… */
  freeFailures: number;
  /** …first this long, then twice as long each time… */
  baseDelaySeconds: number;
  /** …up to this long. */
  maxDelaySeconds: number;
  invitationSeconds: number;
  /** Roles that must sign in with a second factor (REQUIRE_MFA); until set up, nothing else works. */
  requireMfaFor: readonly Role[];
}

export const defaultAuthSettings: AuthSettings = {
  idleSeconds: 30 * 60,
  maxSeconds: 12 * 3600,
  freeFailures: 5,
  baseDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  invitationSeconds: 7 * 86_400,
  requireMfaFor: [],
};

const wrongCredentials = () => new AppError(401, 'invalid_credentials', 'The email or the password is wrong', 'password');
const throttled = (until: string) =>
  tooMany(
    'sign_in_throttled',
    'Too many failed sign-ins from here for this email; wait a little and try again',
    (Date.parse(until) - Date.now()) / 1000,
    'email',
  );

/** Throttles are kept per email and address, hashed: the store holds neither. */
const throttleKey = (email: string, address: string) => tokenDigest(`${email.trim().toLowerCase()}\n${address}`);

/** Told when sign-ins for an existing account start being slowed down (the owner may be under attack). */
export type OnThrottled = (event: { userId: string; email: string; address: string; failures: number }) => void;

/** A started session: the cookie's value and what the client is told. */
export interface StartedSession {
  token: string;
  session: Session;
}

/** How long this process trusts a session it has just read, at most (see `resolve`). */
const SESSION_CACHE_MS = 2000;

export function authService(
  repository: AuthRepository,
  catalog: CatalogService,
  settings: AuthSettings,
  onThrottled?: OnThrottled,
  invitations?: InvitationMailer,
) {
  const cache = sessionCache(Math.min(SESSION_CACHE_MS, (settings.idleSeconds * 1000) / 4));

  async function startSession(userId: string): Promise<StartedSession> {
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = await repository.createSession(tokenDigest(token), userId, csrfToken, settings.maxSeconds);
    const user = await repository.byId(userId);
    if (!user) throw notFound('user', userId);
    return { token, session: sessionOf(user, { csrfToken, expiresAt }) };
  }

  const mustSetUpMfa = (role: Role, mfa: boolean) => !mfa && settings.requireMfaFor.includes(role);

  const sessionOf = (user: StoredUser, session: { csrfToken: string; expiresAt: string }): Session => ({
    user: repository.publicUser(user),
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
    mfaSetupRequired: mustSetUpMfa(user.role, user.totpSecret !== null),
  });

  /**
   * Checks the signed-in person's own password before a change to their account. A stolen session
   * must not become an unlimited password oracle: wrong passwords count against the same throttle
   * as failed sign-ins for this email from this address.
   */
  async function checkOwnPassword(user: StoredUser, password: string, address: string, field: string): Promise<void> {
    const key = throttleKey(user.email, address);
    const waitUntil = await repository.throttledUntil(key);
    const passwordMatches = await verifyPassword(user.passwordHash, password);
    if (waitUntil) throw throttled(waitUntil);
    if (!passwordMatches) {
      await countFailure(key, user, address);
      throw new AppError(403, 'invalid_credentials', 'The password is wrong', field);
    }
  }

  /** Spends the code (a TOTP code, or a recovery code) once; false when wrong or already used. */
  async function spendSecondFactor(user: StoredUser, code: string): Promise<boolean> {
    if (!user.totpSecret) return false;
    if (isRecoveryCode(code)) return repository.consumeSecondFactor(user.id, { recoveryCodeHash: recoveryCodeHash(code) });
    const step = await totpStep(user.totpSecret, code);
    return step !== null && repository.consumeSecondFactor(user.id, { step });
  }

  /** Counts a failed password for this key; the owner is told once the throttle starts slowing it down. */
  async function countFailure(key: string, user: { id: string; email: string } | null, address: string) {
    const failure = await repository.recordFailure(key, settings);
    if (user && failure.failures === settings.freeFailures) onThrottled?.({ userId: user.id, email: user.email, address, failures: failure.failures });
  }

  async function requireUser(id: string) {
    const user = await repository.byId(id);
    if (!user) throw notFound('user', id);
    return user;
  }

  return {
    settings,

    /**
     * Checks the password and starts a fresh session. Any session the browser already had is ended
     * first, so a session id planted before sign-in is worth nothing after it (no fixation).
     */
    async signIn(
      credentials: { email: string; password: string; code?: string | undefined },
      previousToken: string | null,
      address = '',
    ): Promise<StartedSession> {
      const { email, password, code } = credentials;
      if (previousToken) {
        await repository.deleteSession(tokenDigest(previousToken));
        cache.endSession(tokenDigest(previousToken));
      }
      // The same steps, reads and writes for an unknown email, a wrong password and a throttled
      // address, so that neither the answer nor its timing tells which emails have accounts. A
      // throttle slows down one address guessing one email; the owner signing in from elsewhere
      // is not kept out (no lock-out an attacker could use as a weapon).
      const key = throttleKey(email, address);
      const waitUntil = await repository.throttledUntil(key);
      const user = await repository.byEmail(email);
      const passwordMatches = await verifyPassword(user?.passwordHash, password);
      if (waitUntil) throw throttled(waitUntil);
      if (!user || user.disabled || !passwordMatches) {
        await countFailure(key, user, address);
        throw wrongCredentials();
      }
      if (user.totpSecret) {
        if (!code) throw new AppError(401, 'mfa_required', 'Enter the 6-digit code from your authenticator app, or a recovery code', 'code');
        if (!(await spendSecondFactor(user, code))) {
          await countFailure(key, user, address);
          throw new AppError(401, 'invalid_code', 'That code is wrong, or has been used already', 'code');
        }
      }
      await repository.recordSignIn(user.id, key);
      return startSession(user.id);
    },

    /**
     * The live session behind a cookie, or null; use keeps it alive (written at most once a minute).
     * A write is always checked against the database, so a session ended by another process cannot
     * change anything; a read may be served from this process's cache for up to SESSION_CACHE_MS.
     */
    async resolve(token: string, purpose: 'read' | 'write' = 'read'): Promise<LiveSession | null> {
      const digest = tokenDigest(token);
      if (purpose === 'read') {
        const cached = cache.get(digest);
        if (cached) return cached;
      }
      const readAt = Date.now();
      const session = await repository.resolveSession(digest, settings.idleSeconds);
      if (!session) return null;
      if (readAt - Date.parse(session.lastSeenAt) > Math.min(60_000, (settings.idleSeconds * 1000) / 4)) {
        await repository.touchSession(digest);
      }
      const live = { ...session, mfaSetupRequired: mustSetUpMfa(session.actor.role, session.mfa) };
      cache.put(digest, live, readAt);
      return live;
    },

    async signOut(token: string | null): Promise<void> {
      if (!token) return;
      await repository.deleteSession(tokenDigest(token));
      cache.endSession(tokenDigest(token));
    },

    /** Who is signed in, from the session the router has already resolved for this request. */
    async current(actor: Actor, session: { csrfToken: string; expiresAt: string } | null): Promise<Session> {
      if (!session) throw new AppError(401, 'unauthenticated', 'Sign in first');
      return sessionOf(await requireUser(actor.userId), session);
    },

    /** A new password ends every session of the user, this one included; a new one is started. */
    async changePassword(actor: Actor, currentPassword: string, newPassword: string, address = ''): Promise<StartedSession> {
      const user = await requireUser(actor.userId);
      await checkOwnPassword(user, currentPassword, address, 'currentPassword');
      assertAcceptablePassword(newPassword, user.email, 'newPassword');
      await repository.setPassword(user.id, await hashPassword(newPassword));
      cache.endUser(user.id);
      return startSession(user.id);
    },

    /** A new secret for an authenticator app; two-step sign-in stays as it was until confirmed. */
    async beginMfaSetup(actor: Actor): Promise<{ secret: string; uri: string }> {
      const user = await requireUser(actor.userId);
      const secret = newTotpSecret();
      await repository.beginMfa(user.id, secret);
      return { secret, uri: totpUri(secret, user.email) };
    },

    /** Turns two-step sign-in on once the app shows the right code; the recovery codes are shown once. */
    async confirmMfaSetup(actor: Actor, code: string): Promise<{ recoveryCodes: string[] }> {
      const user = await requireUser(actor.userId);
      const secret = user.totpPendingSecret;
      if (!secret) throw conflict('no_mfa_setup', 'Start setting up two-step sign-in first', 'code');
      const step = await totpStep(secret, code);
      if (step === null) throw badRequest('code: not the code your app shows now (check the phone’s clock)', 'code');
      const { codes, hashes } = newRecoveryCodes();
      if (!(await repository.enableMfa(user.id, secret, step, hashes))) {
        throw conflict('mfa_setup_changed', 'A newer setup was started meanwhile: use the code for that one', 'code');
      }
      cache.endUser(user.id);
      return { recoveryCodes: codes };
    },

    /** Turns two-step sign-in off with the password; refused when the role requires it. */
    async disableMfa(actor: Actor, password: string, address = ''): Promise<StartedSession> {
      const user = await requireUser(actor.userId);
      await checkOwnPassword(user, password, address, 'password');
      if (settings.requireMfaFor.includes(user.role)) {
        throw conflict('mfa_required', `Two-step sign-in is required for the ${user.role} role here`, 'password');
      }
      await repository.disableMfa(user.id);
      cache.endUser(user.id);
      return startSession(user.id);
    },

    async acceptInvitation(token: string, password: string): Promise<StartedSession> {
      const user = await repository.byInvitation(tokenDigest(token));
      if (!user || user.disabled) throw new AppError(404, 'not_found', 'This invitation is unknown or has expired', 'token');
      assertAcceptablePassword(password, user.email, 'password');
      await repository.setPassword(user.id, await hashPassword(password));
      await repository.recordSignIn(user.id, null);
      return startSession(user.id);
    },

    listUsers: () => repository.list(),

    async createUser(body: CreateUser): Promise<{ user: User; invitationToken: string | null }> {
      if (body.password) assertAcceptablePassword(body.password, body.email, 'password');
      if (body.partner) await catalog.requirePartners({ partner: body.partner });
      if (body.role === 'pal' && body.partner && !(await catalog.isPal(body.partner))) {
        throw badRequest('partner: a pal account belongs to a partner who leads an area', 'partner');
      }
      const id = newId('u');
      const invitationToken = body.password ? null : newToken();
      await repository.create({
        id,
        email: body.email,
        role: body.role,
        partner: body.partner,
        passwordHash: body.password ? await hashPassword(body.password) : null,
        invitationHash: invitationToken ? tokenDigest(invitationToken) : null,
        invitationSeconds: invitationToken ? settings.invitationSeconds : null,
      });
      // The invitation goes by e-mail too (to the outbox folder without SMTP_URL), in the same unit of work.
      if (invitationToken && invitations) {
        await invitations.queue([invitationMail(body.email, invitationToken, settings.invitationSeconds, invitations.publicUrl)]);
      }
      return { user: repository.publicUser(await requireUser(id)), invitationToken };
    },

    /** Refused once the person has chosen a password: then the account is theirs (disable it instead). */
    async revokeInvitation(id: string): Promise<void> {
      const outcome = await repository.revokeInvitation(id);
      if (!outcome.found) throw notFound('user', id);
      if (!outcome.allowed) throw conflict('invitation_accepted', 'This invitation has been accepted already: disable the account instead', 'id');
      cache.endUser(id);
    },

    async updateUser(id: string, changes: UpdateUser): Promise<User> {
      const user = await requireUser(id);
      if (changes.role === 'partner' && !user.partner) throw badRequest('role: only an account linked to a partner can have the partner role', 'role');
      if (changes.role === 'pal' && !(user.partner && (await catalog.isPal(user.partner.id)))) {
        throw badRequest('role: only a partner who leads an area can be a pal', 'role');
      }
      await repository.update(id, changes);
      cache.endUser(id);
      return repository.publicUser(await requireUser(id));
    },

    getUser: async (id: string) => repository.publicUser(await requireUser(id)),
  };
}

export type AuthService = ReturnType<typeof authService>;

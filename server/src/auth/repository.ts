import { Neo4jError } from 'neo4j-driver';
import { roleSchema, type Role, type User } from '../contracts/auth';
import { namedRefSchema } from '../contracts/common';
import { z } from 'zod';
import { guardedChange } from '../db/guarded-change';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import { conflict } from '../errors';
import { parseFirstRow } from '../db/rows';
import type { Actor } from '../http/access';

/** A user as stored, with what sign-in needs besides the public profile. */
const storedUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  role: roleSchema,
  partner: namedRefSchema.nullable().default(null),
  disabled: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable().default(null),
  passwordHash: z.string().nullable().default(null),
  totpSecret: z.string().nullable().default(null),
  totpPendingSecret: z.string().nullable().default(null),
  totpLastStep: z.number().int().nullable().default(null),
  recoveryCodeHashes: z.array(z.string()).nullable().default(null),
});
export type StoredUser = z.infer<typeof storedUserSchema>;

const sessionRowSchema = z.object({
  session: z.object({ csrfToken: z.string(), expiresAt: z.string(), lastSeenAt: z.string() }),
  user: z.object({ id: z.string(), email: z.string(), role: roleSchema, partnerId: z.string().nullable().default(null), mfa: z.boolean() }),
});

export interface LiveSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
  /** Whether the user has two-step sign-in on. */
  mfa: boolean;
  /** Set by the auth service: the role requires two-step sign-in and the user has not set it up. */
  mfaSetupRequired?: boolean;
}

export interface NewUser {
  id: string;
  email: string;
  role: Role;
  partner: string | null;
  passwordHash: string | null;
  invitationHash: string | null;
  invitationSeconds: number | null;
}

/** How sign-ins from one address for one email are slowed down after failures. */
export interface ThrottleSettings {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

const userRowSchema = z.object({ user: storedUserSchema });
const waitRowSchema = z.object({ waitUntil: z.string().nullable() });
const failureRowSchema = z.object({ failures: z.number().int(), waitUntil: z.string().nullable() });

const publicUser = ({ id, email, role, partner, disabled, createdAt, lastSignInAt, passwordHash, totpSecret }: StoredUser): User => ({
  id,
  email,
  role,
  partner,
  disabled,
  createdAt,
  lastSignInAt,
  invited: passwordHash === null,
  mfa: totpSecret !== null,
});

export function authRepository(db: Database) {
  const oneUser = async (name: 'user-by-email' | 'user-by-id' | 'user-by-invitation', params: Record<string, unknown>) => {
    return parseFirstRow(name, userRowSchema, await db.read(cypher(name), params))?.user ?? null;
  };

  return {
    publicUser,
    byEmail: (email: string) => oneUser('user-by-email', { email }),
    byId: (id: string) => oneUser('user-by-id', { id }),
    byInvitation: (invitationHash: string) => oneUser('user-by-invitation', { invitationHash }),

    /** Removes an invited account in the same transaction that checks nobody has accepted it. */
    revokeInvitation: (id: string) =>
      guardedChange(db, {
        query: 'user-lock',
        params: { id },
        state: z.object({ invited: z.boolean() }),
        allowed: (state) => state.invited,
        apply: async (run) => {
          await run(cypher('user-delete'), { id });
        },
      }),

    async list(): Promise<User[]> {
      return (await db.read(cypher('user-list'))).map((row) => publicUser(row.user as StoredUser));
    },

    async create({ partner, invitationSeconds, ...props }: NewUser): Promise<void> {
      try {
        await db.write(cypher('user-create'), {
          props,
          partner,
          invitationSeconds: invitationSeconds === null ? null : int(invitationSeconds),
        });
      } catch (error) {
        if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
          throw conflict('already_exists', `There is already an account for ${props.email}`, 'email');
        }
        throw error;
      }
    },

    async update(id: string, props: { role?: Role; disabled?: boolean }): Promise<boolean> {
      return (await db.write(cypher('user-update'), { id, props })).length > 0;
    },

    /** When sign-ins for this email from this address may be tried again (null: now). */
    async throttledUntil(key: string): Promise<string | null> {
      return parseFirstRow('sign-in-throttle', waitRowSchema, await db.read(cypher('sign-in-throttle'), { key }))?.waitUntil ?? null;
    },

    /** Counts a failure (for an unknown email too); returns the failures counted and any wait it brings. */
    async recordFailure(key: string, throttle: ThrottleSettings): Promise<{ failures: number; waitUntil: string | null }> {
      const rows = await db.write(cypher('sign-in-failure'), {
        key,
        freeFailures: int(throttle.freeFailures),
        baseDelaySeconds: throttle.baseDelaySeconds,
        maxDelaySeconds: throttle.maxDelaySeconds,
      });
      const row = parseFirstRow('sign-in-failure', failureRowSchema, rows);
      return row ?? { failures: 1, waitUntil: null };
    },

    async recordSignIn(id: string, key: string | null): Promise<void> {
      await db.write(cypher('sign-in-success'), { id, key });
    },

    async sweepThrottles(): Promise<void> {
      await db.write(cypher('sign-in-throttle-sweep'));
    },

    async setPassword(id: string, passwordHash: string): Promise<void> {
      await db.write(cypher('user-set-password'), { id, passwordHash });
    },

    async createSession(id: string, userId: string, csrfToken: string, maxSeconds: number): Promise<string> {
      const [row] = await db.write(cypher('session-create'), { id, userId, csrfToken, maxSeconds: int(maxSeconds) });
      return row?.expiresAt as string;
    },

    async resolveSession(id: string, idleSeconds: number): Promise<LiveSession | null> {
      const row = parseFirstRow('session-resolve', sessionRowSchema, await db.read(cypher('session-resolve'), { id, idleSeconds: int(idleSeconds) }));
      if (!row) return null;
      const { user, session } = row;
      return { actor: { userId: user.id, email: user.email, role: user.role, partnerId: user.partnerId }, ...session, mfa: user.mfa };
    },

    async beginMfa(id: string, secret: string): Promise<void> {
      await db.write(cypher('user-mfa-begin'), { id, secret });
    },

    /** False when the pending secret changed since the code was checked. */
    async enableMfa(id: string, secret: string, step: number, recoveryCodeHashes: string[]): Promise<boolean> {
      return (await db.write(cypher('user-mfa-enable'), { id, secret, step: int(step), recoveryCodeHashes })).length > 0;
    },

    async disableMfa(id: string): Promise<void> {
      await db.write(cypher('user-mfa-disable'), { id });
    },

    /** Spends a TOTP time step or a recovery code, once; false when it was spent already. */
    async consumeSecondFactor(id: string, factor: { step: number } | { recoveryCodeHash: string }): Promise<boolean> {
      const params = { id, step: 'step' in factor ? int(factor.step) : null, recoveryCodeHash: 'recoveryCodeHash' in factor ? factor.recoveryCodeHash : null };
      return (await db.write(cypher('user-mfa-use'), params)).length > 0;
    },

    async touchSession(id: string): Promise<void> {
      await db.write(cypher('session-touch'), { id });
    },

    async deleteSession(id: string): Promise<void> {
      await db.write(cypher('session-delete'), { id });
    },

    async deleteExpiredSessions(idleSeconds: number): Promise<number> {
      const [row] = await db.write(cypher('session-delete-expired'), { idleSeconds: int(idleSeconds) });
      return Number(row?.deleted ?? 0);
    },
  };
}

export type AuthRepository = ReturnType<typeof authRepository>;

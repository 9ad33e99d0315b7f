import { Neo4jError } from 'neo4j-driver';
import type { Role, User } from '../contracts/auth';
import { z } from 'zod';
import { guardedChange } from '../db/guarded-change';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import { conflict } from '../errors';
import { parseFirstRow } from '../db/rows';
import type { Actor } from '../http/access';

/** A user as stored, with what sign-in needs besides the public profile. */
export interface StoredUser extends Omit<User, 'invited'> {
  passwordHash: string | null;
  failedLogins: number | null;
  lockedUntil: string | null;
}

export interface LiveSession {
  actor: Actor;
  csrfToken: string;
  expiresAt: string;
  lastSeenAt: string;
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

const waitRowSchema = z.object({ waitUntil: z.string().nullable() });
const failureRowSchema = z.object({ failures: z.number().int(), waitUntil: z.string().nullable() });

const publicUser = ({ passwordHash, failedLogins: _failures, lockedUntil: _lock, ...user }: StoredUser): User => ({
  ...user,
  invited: passwordHash === null,
});

export function authRepository(db: Database) {
  const oneUser = async (name: 'user-by-email' | 'user-by-id' | 'user-by-invitation', params: Record<string, unknown>) => {
    const [row] = await db.read(cypher(name), params);
    return row ? (row.user as StoredUser) : null;
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
      const [row] = await db.read(cypher('session-resolve'), { id, idleSeconds: int(idleSeconds) });
      if (!row) return null;
      const session = row.session as { csrfToken: string; expiresAt: string; lastSeenAt: string };
      const user = row.user as { id: string; email: string; role: Role; partnerId: string | null };
      return {
        actor: { userId: user.id, email: user.email, role: user.role, partnerId: user.partnerId ?? null },
        ...session,
      };
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

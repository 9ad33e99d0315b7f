import type { AuditEntry, AuditQuery } from '../contracts/auth';
import { cypher } from '../db/queries';
import { int, type Database } from '../db/neo4j';
import type { Actor } from '../http/access';
import { newId } from '../ids';

export interface AuditRecord {
  actor: Actor | null;
  action: string;
  target: Record<string, string> | null;
  request: unknown;
  before: unknown;
  after: unknown;
  /** Whether the write changed the network (not accounts or the report): health reports go stale on it. */
  changesNetwork?: boolean;
}

/**
 * A security event for the audit log (failed or throttled sign-ins, CSRF failures, refusals): its
 * action is `SECURITY <code>`, the account it concerns is its target, the rest its details.
 */
export function securityEvent(code: string, account: { userId: string | null; email: string | null } | null, details: Record<string, unknown>): AuditRecord {
  const target = account
    ? Object.fromEntries(Object.entries({ user: account.userId, email: account.email }).filter((entry): entry is [string, string] => entry[1] !== null))
    : null;
  return { actor: null, action: `SECURITY ${code}`, target, request: details, before: null, after: null };
}

interface StoredEntry {
  id: string;
  at: string;
  action: string;
  target: string | null;
  request: string | null;
  before: string | null;
  after: string | null;
  userId: string | null;
  email: string | null;
}

// Node properties cannot hold maps, so the structured parts are kept as JSON text.
const asJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
const fromJson = (text: string | null) => (text === null ? null : JSON.parse(text));

export function auditRepository(db: Database) {
  return {
    async record(entry: AuditRecord): Promise<void> {
      await db.write(cypher('audit-create'), {
        entry: {
          id: newId('a'),
          action: entry.action,
          target: asJson(entry.target),
          request: asJson(entry.request),
          before: asJson(entry.before),
          after: asJson(entry.after),
          userId: entry.actor?.userId ?? null,
          email: entry.actor?.email ?? null,
          changesNetwork: entry.changesNetwork ?? false,
        },
      });
    },

    async list(query: AuditQuery): Promise<AuditEntry[]> {
      const rows = await db.read(cypher('audit-list'), {
        user: query.user ?? null,
        action: query.action ?? null,
        from: query.from ?? null,
        to: query.to ?? null,
        limit: int(query.limit),
      });
      return rows.map((row) => {
        const stored = row.entry as StoredEntry;
        return {
          id: stored.id,
          at: stored.at,
          actor: stored.userId ? { userId: stored.userId, email: stored.email ?? '' } : null,
          action: stored.action,
          target: fromJson(stored.target),
          request: fromJson(stored.request),
          before: fromJson(stored.before),
          after: fromJson(stored.after),
        };
      });
    },
  };
}

export type AuditRepository = ReturnType<typeof auditRepository>;

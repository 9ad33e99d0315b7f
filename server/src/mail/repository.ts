import { z } from 'zod';
import { outboxMessageSchema, type OutboxMessage } from '../contracts/notifications';
import { int, type Database } from '../db/neo4j';
import { cypher } from '../db/queries';
import { parseColumn, parseFirstRow } from '../db/rows';

/** One message to queue: plain text and HTML, and (for a notification) how to stop that kind. */
export interface MailToQueue {
  id: string;
  /** The account it tells, when it is one person's notification or digest. */
  userId: string | null;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  html: string;
  kind: string;
  unsubscribeUrl: string | null;
}

const claimedSchema = z.object({
  id: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  kind: z.string(),
  unsubscribeUrl: z.string().nullable(),
  attempts: z.number().int(),
});
export type ClaimedMail = z.infer<typeof claimedSchema>;

export function mailRepository(db: Database) {
  return {
    /** Queues messages in the caller's unit of work: they go only if the change they tell of commits. */
    async enqueue(mails: MailToQueue[]): Promise<void> {
      if (mails.length) await db.write(cypher('mail-enqueue'), { mails });
    },
    async claim(now: Date, limit: number, claimSeconds: number, addresses: string[] | null = null): Promise<ClaimedMail[]> {
      const rows = await db.write(cypher('mail-claim'), { now: now.toISOString(), limit: int(limit), claimSeconds: int(claimSeconds), addresses });
      return parseColumn('mail-claim', 'mail', claimedSchema, rows);
    },
    async markSent(id: string, messageId: string): Promise<void> {
      await db.write(cypher('mail-sent'), { id, messageId });
    },
    async retryLater(id: string, nextAttemptAt: Date, error: string): Promise<void> {
      await db.write(cypher('mail-retry-later'), { id, nextAttemptAt: nextAttemptAt.toISOString(), error });
    },
    async list(filters: { ids: string[] | null; status: string | null }, skip: number, limit: number): Promise<OutboxMessage[]> {
      const rows = await db.read(cypher('mail-list'), { ...filters, skip: int(skip), limit: int(limit) });
      return parseColumn('mail-list', 'mail', outboxMessageSchema, rows);
    },
    async queued(): Promise<number> {
      const row = parseFirstRow('mail-queued-count', z.object({ queued: z.number().int() }), await db.read(cypher('mail-queued-count')));
      return row?.queued ?? 0;
    },
  };
}

export type MailRepository = ReturnType<typeof mailRepository>;

import { z } from 'zod';
import { isConstraintViolation, type Database } from '../db/neo4j';
import { cypher } from '../db/queries';
import { parseRows } from '../db/rows';

const digestCandidateSchema = z.object({ userId: z.string(), timeZone: z.string(), lastDigestDate: z.string().nullable() });
const digestSchema = z.object({
  email: z.string(),
  name: z.string(),
  notifications: z.array(z.object({ id: z.string(), kind: z.string(), title: z.string(), body: z.string(), link: z.string(), createdAt: z.string() })),
});
export type DigestContent = z.infer<typeof digestSchema>;

const meetingReminderSchema = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  place: z.string().nullable(),
  onlineUrl: z.string().nullable(),
  registered: z.array(z.string()),
});
export type MeetingReminder = z.infer<typeof meetingReminderSchema>;

export function scheduleRepository(db: Database) {
  return {
    /** Starts the run of `job` for `slot`, unless another process has: true when this one runs it. */
    async start(job: string, slot: string, holder: string): Promise<boolean> {
      try {
        await db.write(cypher('scheduled-run-start'), { key: `${job}@${slot}`, job, slot, holder });
        return true;
      } catch (error) {
        if (isConstraintViolation(error)) return false;
        throw error;
      }
    },
    async finish(job: string, slot: string, summary: string, failed: boolean): Promise<void> {
      await db.write(cypher('scheduled-run-finish'), { key: `${job}@${slot}`, summary, failed });
    },
    async digestCandidates() {
      return parseRows('digest-candidates', digestCandidateSchema, await db.read(cypher('digest-candidates')));
    },
    /** What waits for one account's digest of `date`, taken (marked digested) so that it is sent once. */
    async takeDigest(user: string, date: string): Promise<DigestContent | null> {
      const rows = parseRows('digest-take', digestSchema, await db.write(cypher('digest-take'), { user, date }));
      return rows[0] ?? null;
    },
    async meetingsToRemind(now: Date, ids: string[] | null): Promise<MeetingReminder[]> {
      return parseRows('meeting-reminders-due', meetingReminderSchema, await db.write(cypher('meeting-reminders-due'), { now: now.toISOString(), ids }));
    },
  };
}

export type ScheduleRepository = ReturnType<typeof scheduleRepository>;

import { meetingDate } from '../community/service';
import type { Database } from '../db/neo4j';
import type { IntroductionService } from '../introductions/service';
import { newId } from '../ids';
import { digestMail } from '../notifications/compose';
import { DEFAULT_TIME_ZONE, type NotificationService } from '../notifications/service';
import type { ScheduleRepository } from './repository';
import type { ScheduledJob } from './scheduler';

/** The local date and hour of a moment in a time zone: { date: '2026-12-03', hour: 8 }. */
export function localDateAndHour(now: Date, timeZone: string): { date: string; hour: number } {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(
      now,
    );
  } catch {
    return localDateAndHour(now, DEFAULT_TIME_ZONE);
  }
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '00';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

export interface JobDependencies {
  db: Database;
  schedule: ScheduleRepository;
  notifications: NotificationService;
  introductions: IntroductionService;
  /** Tests limit a run to their own data (the suites share one database); null is everything. */
  only?: { users?: string[]; introductions?: string[]; meetings?: string[] };
}

/**
 * The daily digest, per person, at the configured hour in their own time zone: what waited for it,
 * in one message; nothing when nothing waited. Each person's digest is taken and queued in one
 * transaction, so it goes once.
 */
export function digestJob({ db, schedule, notifications, only }: JobDependencies): ScheduledJob {
  return {
    name: 'digest',
    async run(now) {
      let sent = 0;
      const candidates = (await schedule.digestCandidates()).filter((candidate) => !only?.users || only.users.includes(candidate.userId));
      for (const candidate of candidates) {
        const local = localDateAndHour(now, candidate.timeZone);
        if (local.hour !== notifications.settings.digestHour || candidate.lastDigestDate === local.date) continue;
        const queued = await db.inUnitOfWork(async () => {
          const digest = await schedule.takeDigest(candidate.userId, local.date);
          if (!digest) return false;
          const composed = digestMail({ name: digest.name, notifications: digest.notifications }, notifications.settings.publicUrl);
          await notifications.queue([
            { id: newId('mail'), userId: candidate.userId, to: [digest.email], cc: [], ...composed, kind: 'digest', unsubscribeUrl: null },
          ]);
          return true;
        });
        if (queued) sent += 1;
      }
      return `${sent} digest${sent === 1 ? '' : 's'} queued`;
    },
  };
}

/** Reminders, lapsing and outcome questions of introductions. */
export function introductionFollowUpJob({ db, introductions, only }: JobDependencies): ScheduledJob {
  return {
    name: 'introduction-follow-up',
    async run(now) {
      const done = await db.inUnitOfWork(() => introductions.followUp(now, only?.introductions ?? null));
      return `${done.reminded} reminded, ${done.lapsed} lapsed, ${done.askedOutcome} asked about the outcome`;
    },
  };
}

/** The day before a meeting, everyone registered for it is reminded. */
export function meetingReminderJob({ db, schedule, notifications, only }: JobDependencies): ScheduledJob {
  return {
    name: 'meeting-reminders',
    async run(now) {
      const meetings = await db.inUnitOfWork(async () => {
        const due = await schedule.meetingsToRemind(now, only?.meetings ?? null);
        for (const meeting of due) {
          await notifications.notify({
            kind: 'meeting_reminder',
            audience: { partners: meeting.registered },
            title: `Tomorrow: ${meeting.title}`,
            body: `${meeting.title} starts ${meetingDate(meeting.startsAt)}${meeting.place ? ` at ${meeting.place}` : ''}${meeting.onlineUrl ? ` (online: ${meeting.onlineUrl})` : ''}. You registered for it.`,
            link: '/community',
          });
        }
        return due.length;
      });
      return `${meetings} meeting${meetings === 1 ? '' : 's'} reminded`;
    },
  };
}

export const scheduledJobs = (dependencies: JobDependencies): ScheduledJob[] => [
  digestJob(dependencies),
  introductionFollowUpJob(dependencies),
  meetingReminderJob(dependencies),
];

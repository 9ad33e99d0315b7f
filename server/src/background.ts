import type { Database } from './db/neo4j';
import type { Logger } from './logger';
import { mailRepository } from './mail/repository';
import { mailSender, type MailSender } from './mail/sender';
import type { MailTransport } from './mail/transport';
import type { Api } from './routes';
import { scheduleRepository } from './schedule/repository';
import { scheduledJobs, type JobDependencies } from './schedule/jobs';
import { scheduler, type Scheduler } from './schedule/scheduler';

/** What an app process does beside answering requests: sending mail, and the hourly jobs. */
export interface Background {
  mail: MailSender;
  scheduler: Scheduler;
  /** The jobs' own dependencies, for tests that run one job on their own data. */
  jobs: Omit<JobDependencies, 'only'>;
  start(): void;
  stop(): Promise<void>;
}

export function createBackground(db: Database, api: Api, transport: MailTransport, from: string, logger?: Logger): Background {
  const mail = mailSender(mailRepository(db), transport, { from }, logger);
  const jobs = { db, schedule: scheduleRepository(db), notifications: api.notifications, introductions: api.introductions };
  const hourly = scheduler(jobs.schedule, scheduledJobs(jobs), logger);
  return {
    mail,
    scheduler: hourly,
    jobs,
    start() {
      mail.start();
      hourly.start();
    },
    async stop() {
      await hourly.stop();
      await mail.stop();
    },
  };
}

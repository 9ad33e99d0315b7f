import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { ScheduleRepository } from './repository';

/** A job run once an hour, whichever process gets there first. */
export interface ScheduledJob {
  name: string;
  /** Does the work for the hour `now` falls in, and says in a sentence what it did. */
  run(now: Date): Promise<string>;
}

/** The hour a moment falls in, as the slot's name: 2026-12-03T08. */
export const hourSlot = (now: Date) => now.toISOString().slice(0, 13);

/**
 * Runs each job once per hour across every process on the database: a process starts a slot's run by
 * creating its ScheduledRun node, which a uniqueness constraint lets only one process create. The
 * run is recorded with how it ended. A process that dies mid-run leaves the slot unfinished; the next
 * hour's run picks up what was left (every job works from the state of the data, not from the slot).
 */
export function scheduler(repository: ScheduleRepository, jobs: ScheduledJob[], logger?: Logger) {
  const holder = `process-${randomUUID()}`;
  const started = new Set<string>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;

  async function runJob(job: ScheduledJob, now: Date): Promise<'ran' | 'elsewhere'> {
    const slot = hourSlot(now);
    if (!(await repository.start(job.name, slot, holder))) return 'elsewhere';
    try {
      const summary = await job.run(now);
      await repository.finish(job.name, slot, summary, false);
      logger?.info({ job: job.name, slot, summary }, 'scheduled job ran');
    } catch (error) {
      await repository.finish(job.name, slot, error instanceof Error ? error.message.slice(0, 300) : 'failed', true).catch(() => undefined);
      logger?.warn({ err: error, job: job.name, slot }, 'scheduled job failed; the next hour tries again');
    }
    return 'ran';
  }

  /** Runs every job whose slot for `now` this process has not seen; resolves with what ran here. */
  async function tick(now = new Date()): Promise<Record<string, 'ran' | 'elsewhere'>> {
    const outcome: Record<string, 'ran' | 'elsewhere'> = {};
    for (const job of jobs) {
      const key = `${job.name}@${hourSlot(now)}`;
      if (started.has(key)) continue;
      started.add(key);
      outcome[job.name] = await runJob(job, now).catch((error: unknown) => {
        started.delete(key);
        throw error;
      });
    }
    return outcome;
  }

  return {
    tick,
    start(intervalMs = 60_000) {
      const beat = () => {
        if (running) return;
        running = tick()
          .catch((error: unknown) => logger?.warn({ err: error }, 'scheduler could not reach the database; it tries again'))
          .finally(() => {
            running = null;
          });
      };
      timer ??= setInterval(beat, intervalMs);
      timer.unref();
      beat();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

export type Scheduler = ReturnType<typeof scheduler>;

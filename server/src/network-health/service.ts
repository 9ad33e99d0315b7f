import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { NetworkHealthReport, NetworkHealth } from '../contracts/network-health';
import { defaultHealthOptions, type HealthOptions, type NetworkSnapshot } from './snapshot';
import type { NetworkHealthRepository } from './repository';
import type { StageFigures } from './worker';

export interface HealthServiceOptions extends HealthOptions {
  /** Heap limit of the worker that computes, in MB: the benchmark's 2 GB target. */
  workerHeapMb: number;
  /**
   * Whether other processes' writes make the report stale too (read from the audit log), as they
   * must behind a load balancer; off only where unrelated writers share the database (tests).
   */
  sharedStaleness: boolean;
}

export const defaultHealthServiceOptions: HealthServiceOptions = { ...defaultHealthOptions, workerHeapMb: 2048, sharedStaleness: true };

/**
 * The worker is TypeScript like the rest of the server: a small ES module registers tsx's loader in
 * the worker's thread, then imports it (Node 20 does not pass `--import tsx` on to workers).
 */
const tsxApi = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs'),
).href;
const workerModule = new URL('./worker.ts', import.meta.url).href;
const workerSource = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(workerModule)});`;

/** Computes the report in a worker thread with its own heap limit. */
export function computeInWorker(snapshot: NetworkSnapshot, options: HealthServiceOptions): Promise<{ report: NetworkHealth; stages: StageFigures[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: { snapshot, options },
      resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb },
    });
    worker.once('message', (result: { report: NetworkHealth; stages: StageFigures[] }) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the health computation stopped with code ${code}`));
    });
  });
}

/**
 * The health report, cached with the time it was computed. The first request starts a computation
 * in the background; writes mark the report stale (it stays served, flagged, until refreshed);
 * refresh starts a new computation unless one is running.
 */
export function networkHealthService(repository: NetworkHealthRepository, options: HealthServiceOptions = defaultHealthServiceOptions) {
  let report: NetworkHealth | null = null;
  let error: string | null = null;
  let running: Promise<void> | null = null;
  let writes = 0;
  let writesAtCompute = -1;
  let lastComputationSeconds: number | null = null;

  function start(): Promise<void> {
    if (running) return running;
    const writesAtStart = writes;
    running = (async () => {
      const started = performance.now();
      try {
        const snapshot = await repository.snapshot();
        report = (await computeInWorker(snapshot, options)).report;
        writesAtCompute = writesAtStart;
        lastComputationSeconds = (performance.now() - started) / 1000;
        error = null;
      } catch (failure) {
        error = failure instanceof Error ? failure.message : String(failure);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  /** Stale when this process, or any other on the database (their audit entries say so), changed the network since. */
  async function isStale(): Promise<boolean> {
    if (!report) return false;
    if (writes !== writesAtCompute) return true;
    if (!options.sharedStaleness) return false;
    return repository.changedSince(report.computedAt).catch(() => false);
  }

  async function status(): Promise<NetworkHealthReport> {
    return {
      state: report ? 'ready' : running ? 'computing' : error ? 'failed' : 'computing',
      stale: await isStale(),
      refreshing: running !== null,
      error: error && 'The health computation failed; try a refresh',
      report,
    };
  }

  return {
    /** The cached report (starting the first computation if there is none); `wait` waits for a running one. */
    async current(wait = false): Promise<NetworkHealthReport> {
      if (!report && !running) void start();
      if (wait && running) await running;
      return status();
    },
    async refresh(wait = false): Promise<NetworkHealthReport> {
      const computation = start();
      if (wait) await computation;
      return status();
    },
    markStale(): void {
      writes++;
    },
    /** Whether a computation runs now, and how long the last one took (for the metrics). */
    computation: () => ({ running: running !== null, lastSeconds: lastComputationSeconds }),
  };
}

export type NetworkHealthService = ReturnType<typeof networkHealthService>;

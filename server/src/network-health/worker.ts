import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { computeHealth } from './compute';
import type { HealthOptions, NetworkSnapshot } from './snapshot';

export interface StageFigures {
  stage: string;
  /** Milliseconds since the computation started. */
  atMs: number;
  /** This worker's heap in use at the end of the stage, in MB. */
  heapMb: number;
}

/** Runs one health computation off the main thread, so the API keeps answering meanwhile. */
const { snapshot, options } = workerData as { snapshot: NetworkSnapshot; options: HealthOptions };
const started = performance.now();
const stages: StageFigures[] = [];
const report = computeHealth(snapshot, options, (stage) => {
  stages.push({ stage, atMs: Math.round(performance.now() - started), heapMb: Math.round(getHeapStatistics().used_heap_size / 1_048_576) });
});
parentPort!.postMessage({ report, stages });

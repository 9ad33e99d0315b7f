import { parentPort, workerData } from 'node:worker_threads';
import { computeHealth } from './compute';
import type { HealthOptions, NetworkSnapshot } from './snapshot';

/** Runs one health computation off the main thread, so the API keeps answering meanwhile. */
const { snapshot, options } = workerData as { snapshot: NetworkSnapshot; options: HealthOptions };
parentPort!.postMessage(computeHealth(snapshot, options));

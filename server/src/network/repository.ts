import { cypher, type QueryName } from '../db/queries';
import type { Database } from '../db/neo4j';
import type { NetworkRecords } from './records';

export interface LoadProgress {
  step: string;
  /** Rows written by this batch. */
  batch: number;
  done: number;
  total: number;
}

export interface LoadOptions {
  batchSize?: number;
  onProgress?: (progress: LoadProgress) => void;
}

/** Steps in dependency order: each only refers to what the ones before it wrote. */
function steps(network: NetworkRecords): [string, QueryName, unknown[]][] {
  return [
    ['specialties', 'seed-specialties', network.specialties],
    ['areas', 'seed-areas', network.areas],
    ['partners', 'seed-partners', network.partners],
    ['PALs', 'seed-pals', network.pals],
    ['ties', 'seed-ties', network.ties],
    ['user groups', 'seed-groups', network.groups],
    ['introductions', 'seed-introductions', network.introductions],
    ['questions', 'seed-questions', network.questions],
    ['meetings', 'seed-meetings', network.meetings],
    ['activities', 'seed-activities', network.activities],
    ['announcements', 'seed-announcements', network.announcements],
    ['feedback themes', 'seed-themes', network.themes],
    ['feedback', 'seed-feedback', network.feedback],
  ];
}

export const itemCount = (network: NetworkRecords) => steps(network).reduce((sum, [, , rows]) => sum + rows.length, 0);

/**
 * Writes a network in batches with UNWIND, one transaction per batch. Every write MERGEs on our ids,
 * so loading the same network twice leaves one copy.
 */
export async function loadNetwork(db: Database, network: NetworkRecords, options: LoadOptions = {}): Promise<void> {
  const batchSize = options.batchSize ?? 5000;
  for (const [step, query, rows] of steps(network)) {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      await db.write(cypher(query), { rows: batch });
      options.onProgress?.({ step, batch: batch.length, done: start + batch.length, total: rows.length });
    }
  }
}

/** Whether the database holds no partner yet. */
/** Records that the app loaded the sample network here (demo accounts are made only then). */
export async function markSampleLoaded(db: Database): Promise<void> {
  await db.write(cypher('sample-mark'));
}

export async function isSampleLoaded(db: Database): Promise<boolean> {
  const [row] = await db.read(cypher('sample-mark-exists'));
  return row?.marked === true;
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read(cypher('database-is-empty'));
  return row?.empty === true;
}

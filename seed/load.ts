import { cypher, type QueryName } from '../server/src/db/queries';
import type { Database } from '../server/src/db/neo4j';
import type { SeedNetwork } from './generate';

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
function steps(network: SeedNetwork): [string, QueryName, unknown[]][] {
  return [
    ['specialties', 'seed-specialties', network.specialties],
    ['areas', 'seed-areas', network.areas],
    ['partners', 'seed-partners', network.partners],
    ['PALs', 'seed-pals', network.pals],
    ['ties', 'seed-ties', network.ties],
    ['user groups', 'seed-groups', network.groups],
    ['introductions', 'seed-introductions', network.introductions],
    ['questions', 'seed-questions', network.queries],
    ['meetings', 'seed-meetings', network.meetings],
    ['activities', 'seed-activities', network.activities],
    ['announcements', 'seed-announcements', network.announcements],
    ['feedback themes', 'seed-themes', network.themes],
    ['feedback', 'seed-feedback', network.feedback],
  ];
}

export const itemCount = (network: SeedNetwork) => steps(network).reduce((sum, [, , rows]) => sum + rows.length, 0);

/**
 * Writes a network in batches with UNWIND, one transaction per batch. Every write MERGEs on our ids,
 * so loading the same network twice leaves one copy.
 */
export async function loadNetwork(db: Database, network: SeedNetwork, options: LoadOptions = {}): Promise<void> {
  const batchSize = options.batchSize ?? 5000;
  for (const [step, query, rows] of steps(network)) {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      await db.write(cypher(query), { rows: batch });
      options.onProgress?.({ step, batch: batch.length, done: start + batch.length, total: rows.length });
    }
  }
}

/** Loads the sample network when the database holds no partner yet; says whether it did. */
export async function loadSampleWhenEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read(cypher('database-is-empty'));
  if (!row?.empty) return false;
  const { sampleNetwork } = await import('./sample');
  await loadNetwork(db, sampleNetwork());
  return true;
}

import type { Database } from '../server/src/db/neo4j';
import { isDatabaseEmpty, loadNetwork, markSampleLoaded } from '../server/src/network/repository';

/** Loads the sample network, its history ending today, when the database holds no partner yet; says whether it did. */
export async function loadSampleWhenEmpty(db: Database): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  const { sampleNetwork } = await import('./sample');
  // Told as of today: its coming meetings are still to come.
  await loadNetwork(db, sampleNetwork(new Date()));
  await markSampleLoaded(db);
  return true;
}

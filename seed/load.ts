import type { Database } from '../server/src/db/neo4j';
import { isDatabaseEmpty, loadNetwork, markSampleLoaded } from '../server/src/network/repository';

/** Loads the sample network when the database holds no partner yet; says whether it did. */
export async function loadSampleWhenEmpty(db: Database): Promise<boolean> {
  if (!(await isDatabaseEmpty(db))) return false;
  const { sampleNetwork } = await import('./sample');
  await loadNetwork(db, sampleNetwork());
  await markSampleLoaded(db);
  return true;
}

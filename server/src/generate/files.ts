import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import { renderApiTable, withApiTable } from './api-table';
import { renderQueryList } from './query-list';

export const queryListPath = join(projectRoot, 'server', 'src', 'db', 'query-list.generated.ts');
export const readmePath = join(projectRoot, 'README.md');

/** The named-query list as it should be now. Needs nothing else loaded, so a new .cypher file can be listed. */
export function queryListFile(): [path: string, text: string] {
  return [queryListPath, renderQueryList(join(projectRoot, 'cypher', 'queries'))];
}

/**
 * The README with its API table as it should be now. The routes load the query list, so this is
 * imported only after that list is up to date.
 */
export async function readmeFile(): Promise<[path: string, text: string]> {
  const [{ createDatabase }, { buildApi }] = await Promise.all([import('../db/neo4j'), import('../routes')]);
  // Routes are only listed, never served: the driver is created but never connects.
  const db = createDatabase({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' });
  try {
    return [readmePath, withApiTable(readFileSync(readmePath, 'utf8'), renderApiTable(buildApi(db, 'generate').routes))];
  } finally {
    await db.close();
  }
}

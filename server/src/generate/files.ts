import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase } from '../db/neo4j';
import { projectRoot } from '../paths';
import { buildApi } from '../routes';
import { renderApiTable, withApiTable } from './api-table';
import { renderQueryList } from './query-list';

export const queryListPath = join(projectRoot, 'server', 'src', 'db', 'query-list.generated.ts');
export const readmePath = join(projectRoot, 'README.md');

/** Every generated file with the content it should have now: path → text. */
export async function generatedFiles(): Promise<Map<string, string>> {
  // Routes are only listed, never served: the driver is created but never connects.
  const db = createDatabase({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' });
  try {
    const { routes } = buildApi(db, 'generate');
    return new Map([
      [queryListPath, renderQueryList(join(projectRoot, 'cypher', 'queries'))],
      [readmePath, withApiTable(readFileSync(readmePath, 'utf8'), renderApiTable(routes))],
    ]);
  } finally {
    await db.close();
  }
}

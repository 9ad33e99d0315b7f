import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import type { Database } from './neo4j';

export const schemaFile = join(projectRoot, 'cypher', 'schema.cypher');

/** The statements of cypher/schema.cypher, comments dropped, one per `;`. */
export function schemaStatements(text = readFileSync(schemaFile, 'utf8')): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/**
 * Applies constraints and indexes. Every statement says IF NOT EXISTS, so running this at every
 * start-up is a no-op once the schema is there. Waits until the indexes are online, because the
 * full-text search fails until its index is.
 */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of schemaStatements()) {
    // Schema commands cannot share a transaction with data access, so each runs on its own.
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(300)');
}

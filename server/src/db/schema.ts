import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';
import type { Database } from './neo4j';

export const schemaFile = join(projectRoot, 'cypher', 'schema.cypher');
export const migrationsDirectory = join(projectRoot, 'cypher', 'migrations');

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

/** The statements of every file in cypher/migrations, in the order of their names. */
export function migrationStatements(): string[] {
  const files = readdirSync(migrationsDirectory)
    .filter((file) => file.endsWith('.cypher'))
    .sort();
  return files.flatMap((file) => schemaStatements(readFileSync(join(migrationsDirectory, file), 'utf8')));
}

/** The constraints and indexes cypher/schema.cypher creates, by name: all online means the schema is in place. */
export function schemaObjectNames(text = readFileSync(schemaFile, 'utf8')): string[] {
  return [
    ...schemaStatements(text)
      .join('\n')
      .matchAll(/CREATE\s+(?:\w+\s+)?(?:CONSTRAINT|INDEX)\s+(\w+)/g),
  ].map((match) => match[1]!);
}

/**
 * Runs the migrations (each idempotent, so they run at every start-up), then applies constraints
 * and indexes. Every statement says IF NOT EXISTS, so running this at every
 * start-up is a no-op once the schema is there. Waits until the indexes are online, because the
 * full-text search fails until its index is.
 */
export async function applySchema(db: Database): Promise<void> {
  for (const statement of [...migrationStatements(), ...schemaStatements()]) {
    // Schema commands cannot share a transaction with data access, so each runs on its own.
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(300)');
}

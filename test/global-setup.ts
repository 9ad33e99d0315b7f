import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../server/src/db/local-neo4j';
import { createDatabase } from '../server/src/db/neo4j';
import { applySchema } from '../server/src/db/schema';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string };
  }
}

/**
 * Starts one throwaway Neo4j on a free port for the whole run (or uses NEO4J_TEST_URI), applies the
 * schema, and builds the client for the browser tests while Neo4j starts. The development database
 * is never touched.
 */
export default async function setup(project: TestProject) {
  let local: LocalNeo4j | undefined;
  let dataDir: string | undefined;
  const connection = { uri: process.env.NEO4J_TEST_URI ?? '', user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' };

  const building = build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  if (!connection.uri) {
    dataDir = mkdtempSync(join(tmpdir(), 'partner-graph-test-'));
    connection.password = randomBytes(12).toString('hex');
    local = await startLocalNeo4j({ port: await freePort(), dataDir, password: connection.password, heap: '512m', pageCache: '64m' });
    connection.uri = local.uri;
  }
  const db = createDatabase(connection);
  await applySchema(db);
  await db.close();
  await building;

  project.provide('neo4j', connection);
  return async () => {
    await local?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

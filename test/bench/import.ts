import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogRepository } from '../../server/src/catalog/repository';
import { catalogService } from '../../server/src/catalog/service';
import { freePort, startLocalNeo4j } from '../../server/src/db/local-neo4j';
import { createDatabase, type Database } from '../../server/src/db/neo4j';
import { applySchema } from '../../server/src/db/schema';
import { importExportRepository } from '../../server/src/import-export/repository';
import { importExportService } from '../../server/src/import-export/service';
import { connectToBigNetwork } from './big-network';

/**
 * npm run bench:import — exports the configured database's community (a generated network:
 * npm run seed -- --partners 10000) the way the admin export does, imports it into a fresh, empty
 * local Neo4j through the same service as POST /api/admin/import/graph, and checks that exporting
 * that database again gives the same graph. Prints the sizes and the times.
 */
const minimum = Number(process.env.IMPORT_MINIMUM_PARTNERS ?? 10_000);
const { db: source, uri, stopLocal, partners } = await connectToBigNetwork(minimum);
const service = (db: Database) => importExportService(importExportRepository(db), catalogService(catalogRepository(db)));

let started = performance.now();
const graph = await service(source).exportGraph();
const exportSeconds = (performance.now() - started) / 1000;

const folder = mkdtempSync(join(tmpdir(), 'partner-graph-import-'));
const password = 'bench-import-password';
const target = await startLocalNeo4j({
  port: await freePort(),
  dataDir: join(folder, 'data'),
  password,
  heap: process.env.LOCAL_NEO4J_HEAP ?? '1g',
  pageCache: process.env.LOCAL_NEO4J_PAGECACHE ?? '512m',
});
const empty = createDatabase({ uri: target.uri, user: 'neo4j', password });
await applySchema(empty);

started = performance.now();
const imported = await service(empty).importGraph(graph);
const importSeconds = (performance.now() - started) / 1000;

const again = await service(empty).exportGraph();
/** A digest of a graph, item by item in its stable order: one string of a million relationships would not fit in memory. */
const digest = (exported: typeof graph) => {
  const hash = createHash('sha256');
  for (const node of exported.nodes) hash.update(JSON.stringify(node));
  for (const relationship of exported.relationships) hash.update(JSON.stringify(relationship));
  return hash.digest('hex');
};
const same = digest(again) === digest(graph);

console.log(`\nImport benchmark — the community of ${uri} (${partners} partners)\n`);
console.table({
  'graph export': { nodes: graph.nodes.length, relationships: graph.relationships.length, seconds: Number(exportSeconds.toFixed(1)) },
  'import into an empty database': { nodes: imported.nodes, relationships: imported.relationships, seconds: Number(importSeconds.toFixed(1)) },
});
console.log(same ? 'Exported again after the import: identical.' : 'Exported again after the import: DIFFERENT.');

await empty.close();
await target.stop();
rmSync(folder, { recursive: true, force: true });
await source.close();
await stopLocal();
if (!same) process.exit(1);

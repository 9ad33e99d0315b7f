import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSampleWhenEmpty } from '../../seed/load';
import { freePort } from '../../server/src/db/local-neo4j';
import { superviseLocalNeo4j } from '../../server/src/db/local-supervisor';
import { createDatabase } from '../../server/src/db/neo4j';
import { applySchema } from '../../server/src/db/schema';
import { createLogger } from '../../server/src/logger';
import { apiClient, startTestApp } from '../support/http';
import { percentile } from './big-network';

/**
 * npm run bench:faults — what a client sees when the database fails, on a throwaway local Neo4j
 * with the sample network: a freeze (SIGSTOP for FREEZE_SECONDS, 20), then a kill (SIGKILL) with
 * the app's automatic restart. Prints how fast 503s come, how long a caught request waits, and how
 * long until the app serves again.
 */
const freezeSeconds = Number(process.env.FREEZE_SECONDS ?? 20);
const folder = mkdtempSync(join(tmpdir(), 'partner-graph-faults-'));
const password = 'bench-faults-password';
const neo4j = await superviseLocalNeo4j({ port: await freePort(), dataDir: join(folder, 'data'), password }, createLogger('warn'));
const db = createDatabase({ uri: neo4j.uri, user: 'neo4j', password });
await applySchema(db);
await loadSampleWhenEmpty(db);
const app = await startTestApp(db);
// A made-up session cookie: each API call must ask the database about it, as a signed-in one does.
const api = apiClient(app.url, { token: 'bench-session', csrf: 'bench' });

const timed = async (path: string) => {
  const started = performance.now();
  const { status } = await api.get(path);
  return { status, ms: performance.now() - started };
};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const summary = (values: number[]) => `p50 ${Math.round(percentile(values, 50))} ms, max ${Math.round(Math.max(...values))} ms`;
const untilServing = async (since: number) => {
  while ((await api.get('/api/status/ready')).status !== 200) await pause(100);
  return (performance.now() - since) / 1000;
};

// A freeze: the status check, a request caught by it, then requests while frozen.
process.kill(neo4j.pid(), 'SIGSTOP');
const frozenAt = performance.now();
const status = await timed('/api/status');
const caught = await timed('/api/partners');
const whileFrozen: number[] = [];
while (performance.now() - frozenAt < freezeSeconds * 1000) {
  const answer = await timed('/api/specialties');
  if (answer.status === 503) whileFrozen.push(answer.ms);
  await pause(100);
}
process.kill(neo4j.pid(), 'SIGCONT');
const thawed = performance.now();
const afterThaw = await untilServing(thawed);

// A kill: the app starts the local Neo4j again by itself.
const before = neo4j.pid();
process.kill(before, 'SIGKILL');
const killedAt = performance.now();
const whileDown: number[] = [];
while ((await api.get('/api/status/ready')).status !== 200) {
  const answer = await timed('/api/specialties');
  if (answer.status === 503) whileDown.push(answer.ms);
  await pause(100);
}
const afterKill = (performance.now() - killedAt) / 1000;
// The new JVM answers a moment before its launcher says it is ready.
for (let waited = 0; neo4j.pid() === before && waited < 30_000; waited += 100) await pause(100);

console.log(`\nFaults benchmark — sample network on a throwaway local Neo4j\n`);
console.table({
  [`frozen (SIGSTOP ${freezeSeconds} s)`]: {
    'status check': `${status.status} in ${Math.round(status.ms)} ms`,
    'request caught by it': `${caught.status} after ${(caught.ms / 1000).toFixed(1)} s`,
    '503s after that': `${whileFrozen.length}: ${summary(whileFrozen)}`,
    'serving again': `${afterThaw.toFixed(1)} s after SIGCONT`,
  },
  'killed (SIGKILL), restarted by the app': {
    'status check': '-',
    'request caught by it': '-',
    '503s after that': `${whileDown.length}: ${summary(whileDown)}`,
    'serving again': `${afterKill.toFixed(1)} s after the kill (new JVM ${neo4j.pid() !== before ? 'started' : 'NOT started'})`,
  },
});

await app.close();
await db.close();
await neo4j.stop();
rmSync(folder, { recursive: true, force: true });
process.exit(0);

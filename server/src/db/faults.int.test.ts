import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { apiClient, startTestApp, type ApiClient, type TestApp } from '../../../test/support/http';
import { isAlive } from '../../../test/support/processes';
import { ConnectError, ensureSameData } from './connect';
import { freePort } from './local-neo4j';
import { superviseLocalNeo4j, type SupervisedNeo4j } from './local-supervisor';
import { createDatabase, type Database } from './neo4j';
import { applySchema } from './schema';

/**
 * The faults an operator meets, on a throwaway local Neo4j of this test's own: the database freezes
 * (SIGSTOP), is killed, and cannot come back. The app stays honest (503 at once, not a hang) and
 * serves again without anyone stepping in.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'partner-graph-faults-'));
const password = 'faults-test-password';
let port: number;
let neo4j: SupervisedNeo4j;
let db: Database;
let app: TestApp;
let api: ApiClient;
let gaveUp = false;
const circuit: string[] = [];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(what: () => Promise<T>, done: (value: T) => boolean, withinMs: number): Promise<{ value: T; afterMs: number }> {
  const started = Date.now();
  for (;;) {
    const value = await what();
    if (done(value) || Date.now() - started > withinMs) return { value, afterMs: Date.now() - started };
    await pause(200);
  }
}

const timed = async <T>(work: Promise<T>) => {
  const started = performance.now();
  const value = await work;
  return { value, ms: performance.now() - started };
};

beforeAll(async () => {
  port = await freePort();
  neo4j = await superviseLocalNeo4j({ port, dataDir, password }, createLogger('silent'), {
    attempts: 1,
    firstDelayMs: 100,
    giveUp: () => {
      gaveUp = true;
    },
  });
  db = createDatabase({ uri: neo4j.uri, user: 'neo4j', password, onCircuitChange: (state) => circuit.push(state) });
  await applySchema(db);
  app = await startTestApp(db);
  api = apiClient(app.url, { token: 'no-such-session', csrf: 'whatever' });
}, 180_000);

afterAll(async () => {
  await app?.close();
  await db?.close();
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a Neo4j already answering on the local port', () => {
  it('is used only when it serves the configured data folder; another is refused by name', async () => {
    await expect(ensureSameData(db, dataDir, port)).resolves.toBeUndefined();
    const elsewhere = join(tmpdir(), 'partner-graph-some-other-data');
    await expect(ensureSameData(db, elsewhere, port)).rejects.toThrow(ConnectError);
    await expect(ensureSameData(db, elsewhere, port)).rejects.toThrow(/serves another data folder .*not LOCAL_NEO4J_DATA/);
  });
});

describe('a database that freezes (SIGSTOP)', () => {
  it('is reported "not answering" within about a second; work under way is cut off with a 503; it serves again once thawed', async () => {
    expect((await api.get('/api/status')).body.ready).toBe(true);
    process.kill(neo4j.pid(), 'SIGSTOP');
    try {
      const status = await timed(api.get('/api/status'));
      expect(status.value.status).toBe(503);
      expect(status.value.body.database).toEqual({ status: 'not_answering', latencyMs: null });
      expect(status.ms).toBeLessThan(2000);

      // A request caught by the freeze is answered 503 once the stall is seen, not after minutes.
      const caught = await timed(api.get('/api/partners'));
      expect(caught.value.status).toBe(503);
      expect(caught.ms).toBeLessThan(12_000);
      expect(circuit).toContain('open');

      // From then on every request is answered at once.
      const next = await timed(api.get('/api/specialties'));
      expect(next.value.status).toBe(503);
      expect(next.ms).toBeLessThan(1000);
      expect(next.value.headers.get('retry-after')).toBeTruthy();
    } finally {
      process.kill(neo4j.pid(), 'SIGCONT');
    }
    const back = await until(
      () => api.get('/api/status'),
      (response) => response.status === 200,
      15_000,
    );
    expect(back.value.status).toBe(200);
    expect((await api.get('/api/partners')).status).toBe(401); // the database answers again: the made-up session is simply unknown
  }, 90_000);
});

describe('a local Neo4j that dies under the app', () => {
  it('is started again, and the app serves without a manual step', async () => {
    const before = neo4j.pid();
    const killed = Date.now();
    process.kill(before, 'SIGKILL');
    await until(
      async () => isAlive(before),
      (alive) => !alive,
      10_000,
    );
    const back = await until(
      () => api.get('/api/status'),
      (response) => response.status === 200,
      90_000,
    );
    expect(back.value.status).toBe(200);
    // The new JVM answers a moment before it says it is ready.
    await until(
      async () => neo4j.pid(),
      (pid) => pid !== before,
      30_000,
    );
    expect(neo4j.pid()).not.toBe(before);
    expect(gaveUp).toBe(false);
    console.info(`serving again ${((Date.now() - killed) / 1000).toFixed(1)} s after the local Neo4j was killed`);
  }, 120_000);

  it('gives up (for a supervisor to restart the app) when it cannot be started again', async () => {
    let squatter: Server | undefined;
    const pid = neo4j.pid();
    process.kill(pid, 'SIGKILL');
    // Something else takes the port at once, so the restart cannot listen there.
    for (let tries = 0; !squatter && tries < 50; tries++) {
      squatter = await new Promise<Server | undefined>((resolve) => {
        const server = createServer();
        server.once('error', () => resolve(undefined));
        server.listen(port, '127.0.0.1', () => resolve(server));
      });
      if (!squatter) await pause(100);
    }
    try {
      const result = await until(
        async () => gaveUp,
        (value) => value,
        90_000,
      );
      expect(result.value).toBe(true);
    } finally {
      squatter?.close();
    }
  }, 120_000);
});

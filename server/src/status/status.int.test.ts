import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../db/local-neo4j';
import { createDatabase } from '../db/neo4j';
import { apiSuite } from '../../../test/support/api-suite';
import { apiClient, startTestApp, type ApiClient, type TestApp } from '../../../test/support/http';

describe('with the database up', () => {
  const { api } = apiSuite();

  it('reports the app live and ready: database up, every constraint and index online', async () => {
    const { status, body } = await api.get('/api/status');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', live: true, ready: true, database: { status: 'up', latencyMs: expect.any(Number) } });
    expect(body.schema).toEqual({ status: 'applied', missing: [] });
    expect((await api.get('/api/status/ready')).status).toBe(200);
    expect((await api.get('/api/health')).body.ready).toBe(true);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const { status, body } = await api.get('/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('no_such_route');
  });
});

describe('with the database unreachable', () => {
  let app: TestApp;
  // A browser with a session cookie: resolving it needs the database, so even that answers 503.
  let api: ApiClient;
  let db: ReturnType<typeof createDatabase>;
  beforeAll(async () => {
    // Nothing listens on this port: every query fails to connect.
    db = createDatabase({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'whatever-it-is' });
    app = await startTestApp(db);
    api = apiClient(app.url, { token: 'a-session-cookie', csrf: 'its-csrf-token' });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it.each(['/api/health', '/api/partners', '/api/graph/neighborhood/p-0001', '/api/specialties'])(
    'GET %s answers 503 quickly instead of hanging',
    async (path) => {
      const started = Date.now();
      const { status, body } = await api.get(path);
      expect(status).toBe(503);
      expect(Date.now() - started).toBeLessThan(5000);
      if (path === '/api/health') expect(body).toMatchObject({ status: 'unavailable', database: { status: 'down' } });
      else expect(body.error.code).toBe('database_unavailable');
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|Neo4jError|at /);
    },
  );

  it('says it is live but not ready, without waiting for the database to answer', async () => {
    const live = await api.get('/api/status/live');
    expect(live.status).toBe(200);
    expect(live.body).toMatchObject({ live: true });
    const ready = await api.get('/api/status/ready');
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ live: true, ready: false, database: { status: 'down' }, schema: { status: 'unknown' } });
  });

  it('answers every request 503 with Retry-After within a second once the database is known gone', async () => {
    await api.get('/api/specialties');
    const timings = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      const started = performance.now();
      const { status, headers } = await api.get(attempt % 2 ? '/api/partners' : '/api/specialties');
      timings.push(performance.now() - started);
      expect(status).toBe(503);
      expect(Number(headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(Math.max(...timings)).toBeLessThan(1000);
  });

  it('refuses a write with a 503 too', async () => {
    const { status } = await api.post('/api/relationships', { from: 'p-1', to: 'p-2' });
    expect(status).toBe(503);
  });

  it('answers a sign-in with a 503, not a 500 or a wrong-password 401', async () => {
    const { status, body } = await app.anonymous.post('/api/auth/login', { email: 'someone@example.com', password: 'whatever' });
    expect(status).toBe(503);
    expect(body.error.code).toBe('database_unavailable');
  });
});

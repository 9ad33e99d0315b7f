import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../db/local-neo4j';
import { createDatabase } from '../db/neo4j';
import { apiSuite } from '../../../test/support/api-suite';
import { apiClient, startTestApp, type ApiClient, type TestApp } from '../../../test/support/http';

describe('with the database up', () => {
  const { api } = apiSuite();

  it('reports the app and database as up', async () => {
    const { status, body } = await api.get('/api/health');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', database: { status: 'up', latencyMs: expect.any(Number) } });
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

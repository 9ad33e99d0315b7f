import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../db/local-neo4j';
import { createDatabase } from '../db/neo4j';
import { apiSuite } from '../../../test/support/api-suite';
import { startTestApp, type TestApp } from '../../../test/support/http';

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
  let api: TestApp;
  let db: ReturnType<typeof createDatabase>;
  beforeAll(async () => {
    // Nothing listens on this port: every query fails to connect.
    db = createDatabase({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'whatever-it-is' });
    api = await startTestApp(db);
  });
  afterAll(async () => {
    await api.close();
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
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import { testDatabase } from '../../../test/support/database';
import { startTestApp, type TestApp } from '../../../test/support/http';
import { freePort } from '../db/local-neo4j';
import { createDatabase } from '../db/neo4j';

const { fx, api } = apiSuite();

const scrape = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${url}/metrics`, { headers });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

/** The value of one series, found by its name and labels as Prometheus writes them. */
function seriesValue(text: string, name: string, labels: Record<string, string>): number | null {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text.split('\n').find((row) => row.startsWith(`${name}{`) && wanted.every((label) => row.includes(label)));
  return line ? Number(line.split(' ').at(-1)) : null;
}

describe('GET /metrics', () => {
  it('counts and times API requests by route template and status, in Prometheus format', async () => {
    const partner = await fx.partner('metered');
    const before = await scrape(api.url);
    const counted = (text: string) => seriesValue(text, 'http_requests_total', { method: 'GET', route: 'GET /partners/:id', status: '200' }) ?? 0;
    for (let time = 0; time < 3; time++) expect((await api.get(`/api/partners/${partner}`)).status).toBe(200);
    await api.get('/api/partners/no-such-partner');

    const after = await scrape(api.url);
    expect(after.status).toBe(200);
    expect(after.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(counted(after.text) - counted(before.text)).toBe(3);
    expect(seriesValue(after.text, 'http_requests_total', { route: 'GET /partners/:id', status: '404' })).toBeGreaterThanOrEqual(1);
    // The template, never the raw path with the partner's id.
    expect(after.text).not.toContain(partner);
    expect(seriesValue(after.text, 'http_request_duration_seconds_count', { route: 'GET /partners/:id', status: '200' })).toBeGreaterThanOrEqual(3);
    expect(seriesValue(after.text, 'database_circuit_open', {})).toBe(0);
    expect(seriesValue(after.text, 'jobs_running', { job: 'import' })).toBe(0);
  });

  it('reports the last network health computation time once one ran', async () => {
    await api.post('/api/admin/health/refresh?wait=true', {});
    const { text } = await scrape(api.url);
    expect(seriesValue(text, 'network_health_computation_seconds', {})).toBeGreaterThan(0);
  });
});

describe('GET /metrics with a token', () => {
  const db = testDatabase();
  let app: TestApp;
  const token = 'a-long-enough-scraper-token';
  beforeAll(async () => {
    app = await startTestApp(db, { metrics: { token } });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('is refused without the bearer token or with a wrong one, and served with it', async () => {
    expect((await scrape(app.url)).status).toBe(401);
    expect((await scrape(app.url, { authorization: 'Bearer not-the-token-at-all' })).status).toBe(401);
    const served = await scrape(app.url, { authorization: `Bearer ${token}` });
    expect(served.status).toBe(200);
    expect(served.text).toContain('# TYPE http_requests_total counter');
  });
});

describe('the database errors and the circuit', () => {
  it('count requests answered 503 because the database is gone, and show the circuit open', async () => {
    const gone = createDatabase({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'whatever-it-is' });
    const app = await startTestApp(gone);
    try {
      const withSession = { cookie: 'pg_session=made-up' };
      for (let time = 0; time < 3; time++) await fetch(`${app.url}/api/partners`, { headers: withSession });
      const { text } = await scrape(app.url);
      expect(seriesValue(text, 'database_errors_total', { code: 'database_unavailable' })).toBe(3);
      expect(seriesValue(text, 'database_circuit_open', {})).toBe(1);
    } finally {
      await app.close();
      await gone.close();
    }
  });
});

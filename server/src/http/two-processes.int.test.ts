import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database';
import { createFixture } from '../../../test/support/fixture';
import { startTestApp, type ApiClient, type TestApp } from '../../../test/support/http';

/**
 * Two app processes on one database, as behind a load balancer: each app here has its own
 * connection, caches and memory, and they share only the database (and a rate-limit scope, as the
 * processes of one deployment do).
 */
const dbA = testDatabase();
const dbB = testDatabase();
const fx = createFixture(dbA);
const scope = `shared-${randomUUID()}`;
const LIMIT = 10;
let appA: TestApp;
let appB: TestApp;
let adminA: ApiClient;
let adminB: ApiClient;

beforeAll(async () => {
  appA = await startTestApp(dbA, { rateLimitScope: scope, apiRequestsPerMinute: LIMIT * 100, health: { sharedStaleness: true } });
  appB = await startTestApp(dbB, { rateLimitScope: scope, apiRequestsPerMinute: LIMIT * 100, health: { sharedStaleness: true } });
  const admin = await fx.user('two-admin', 'admin');
  adminA = await appA.signIn(admin);
  adminB = await appB.signIn(admin);
  await fx.partner('two-a');
  await fx.partner('two-b');
});
afterAll(async () => {
  await fx.cleanup();
  await appA.close();
  await appB.close();
  await dbA.close();
  await dbB.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two app processes on one database', () => {
  it('count one client against one rate limit, whichever process it reaches (at most a second late)', async () => {
    // Apps of their own with a low limit, so the sessions above are not counted.
    const limitedA = await startTestApp(dbA, { rateLimitScope: `${scope}-low`, apiRequestsPerMinute: LIMIT });
    const limitedB = await startTestApp(dbB, { rateLimitScope: `${scope}-low`, apiRequestsPerMinute: LIMIT });
    try {
      // Keep clear of the end of a minute, when every count starts again.
      while (new Date().getSeconds() > 50) await pause(500);
      const statuses = async (app: TestApp, times: number) => {
        const seen: number[] = [];
        for (let time = 0; time < times; time++) seen.push((await app.anonymous.get('/api/status/live')).status);
        return seen;
      };
      expect(await statuses(limitedA, 6)).toEqual(Array(6).fill(200));
      await pause(1500);
      expect(await statuses(limitedB, 1)).toEqual([200]);
      await pause(1500);
      // 7 counted so far across both: 3 more are allowed here, then the limit of 10 holds.
      expect(await statuses(limitedB, 5)).toEqual([200, 200, 200, 429, 429]);
    } finally {
      await limitedA.close();
      await limitedB.close();
    }
  }, 30_000);

  it('see the network health report go stale when the other process changes the network', async () => {
    // Other suites write to this database meanwhile, so "fresh" cannot be asserted here; "stale"
    // fails when only this process's own writes count.
    const computed = await adminA.post('/api/admin/health/refresh?wait=true', {});
    expect(computed.body).toMatchObject({ state: 'ready' });
    await pause(20); // the change comes after the report's snapshot
    expect((await adminB.post('/api/ties', { from: fx.id('two-a'), to: fx.id('two-b') })).status).toBe(201);
    const seen = await adminA.get('/api/admin/health');
    expect(seen.body).toMatchObject({ state: 'ready', stale: true });
  }, 60_000);
});

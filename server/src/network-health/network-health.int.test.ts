import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { NetworkHealthReport } from '../contracts/network-health';

/**
 * The endpoint on the real database. Other test files share it, so exact values are checked on
 * what belongs to this fixture alone: its own area (coverage, supply and demand, PAL load) and its
 * own partners (unserved, isolated, brokers by name).
 *
 *   area "north", PAL pal: pal — a — b — c — d,  lone (isolated);  b seeks backup, nobody offers it
 */
const { fx, api } = apiSuite();
const id = fx.id;

beforeAll(async () => {
  const north = await fx.area('north');
  const backup = await fx.specialty('backup');
  await fx.partner('pal', { area: north });
  await fx.pal(id('pal'), north);
  await fx.partner('a', { area: north });
  await fx.partner('b', { area: north, seeks: [backup] });
  await fx.partner('c', { area: north });
  await fx.partner('d', { area: north, managed: true });
  await fx.partner('lone', { area: north });
  await fx.ties([
    [id('pal'), id('a')],
    [id('a'), id('b')],
    [id('b'), id('c')],
    [id('c'), id('d')],
  ]);
});

const fresh = async () => (await api.post('/api/admin/health/refresh?wait=true', {})).body as NetworkHealthReport;

describe('GET /api/admin/health', () => {
  it('computes the report in the background and serves it with when it was computed', async () => {
    const { status, body } = await api.get('/api/admin/health?wait=true');
    expect(status).toBe(200);
    expect(body.state).toBe('ready');
    expect(Date.now() - Date.parse(body.report.computedAt)).toBeLessThan(120_000);
  });

  it("measures this area's coverage, unserved and isolated partners exactly", async () => {
    const { report } = await fresh();
    const north = report!.coverage.byArea.find((entry) => entry.area.id === id('north'))!;
    // pal (0 hops), a (1), b (2) are within two hops; c (3), d (4) and lone (none) are not.
    expect(north).toMatchObject({ partners: 6, withinOneOfAreaPal: 2, withinTwoOfAreaPal: 3, pal: { id: id('pal') } });
    const unserved = report!.coverage.unserved.items.filter((item) => item.id.startsWith(fx.prefix));
    expect(unserved.map((item) => [item.id, item.hopsToPal])).toEqual(
      expect.arrayContaining([
        [id('c'), 3],
        [id('d'), 4],
        [id('lone'), null],
      ]),
    );
    expect(report!.structure.isolated.items.map((item) => item.id)).toContain(id('lone'));
  });

  it('shows the specialty sought in this area and offered by nobody there as a gap', async () => {
    const { report } = await fresh();
    const rows = report!.supplyDemand.items.filter((item) => item.area.id === id('north'));
    expect(rows).toEqual([
      { area: { id: id('north'), name: expect.any(String) }, specialty: { id: id('backup'), name: expect.any(String) }, seekers: 1, offerers: 0, gap: true },
    ]);
  });

  it('marks the report stale after a write, and fresh again after a refresh', async () => {
    await fresh();
    expect((await api.get('/api/admin/health')).body.stale).toBe(false);
    await api.post('/api/relationships', { from: id('lone'), to: id('pal'), strength: 2 });
    const after = (await api.get('/api/admin/health')).body as NetworkHealthReport;
    expect(after.stale).toBe(true);
    const refreshed = await fresh();
    expect(refreshed.stale).toBe(false);
    expect(refreshed.report!.structure.isolated.items.map((item) => item.id)).not.toContain(id('lone'));
    expect(Date.parse(refreshed.report!.computedAt)).toBeGreaterThan(Date.parse(after.report!.computedAt));
  });

  it('is not staled by signing in', async () => {
    await fresh();
    const account = await fx.user('reader', 'admin');
    await api.request('POST', '/api/auth/login', { email: account.email, password: account.password });
    expect((await api.get('/api/admin/health')).body.stale).toBe(false);
  });
});

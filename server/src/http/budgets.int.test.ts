import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { ApiClient } from '../../../test/support/http';

/** What one account may ask of the database at once. */
const { fx, api, signIn } = apiSuite();
const id = fx.id;
let partner: ApiClient;

beforeAll(async () => {
  const area = await fx.area('budget');
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) ids.push(await fx.partner(`p${i}`, { area }));
  // A chain, so that depth 3 reaches further than depth 2.
  await fx.ties(ids.slice(1).map((to, index) => [ids[index]!, to] as [string, string]));
  partner = await signIn(await fx.user('budget', 'partner', ids[0]!));
});

describe('per-role caps on the graph', () => {
  it('a partner asking for 3 hops and 5,000 partners gets at most 2 hops and 500', async () => {
    const { status, body } = await partner.get(`/api/graph/neighborhood/${id('p0')}?depth=3&limit=5000`);
    expect(status).toBe(200);
    expect(body.depth).toBe(2);
    expect(body.totals.partners).toBe(3);
  });

  it('an admin gets the 3 hops asked for', async () => {
    const { body } = await api.get(`/api/graph/neighborhood/${id('p0')}?depth=3&limit=5000`);
    expect(body.depth).toBe(3);
    expect(body.totals.partners).toBe(4);
  });
});

describe('costly reads in flight per person', () => {
  it('beyond the budget answer 429 with Retry-After, and the others are served', async () => {
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => partner.request('GET', `/api/graph/neighborhood/${id('p0')}?depth=2&specialties=true&community=true`)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(3);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0]!.body.error.code).toBe('too_many_at_once');
    expect(refused[0]!.headers.get('retry-after')).toBe('1');
    expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
    // Once they have finished, the budget is whole again.
    expect((await partner.get(`/api/graph/neighborhood/${id('p0')}`)).status).toBe(200);
  });
});

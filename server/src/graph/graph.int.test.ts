import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

/**
 * A small graph whose answers are known:
 *
 *   ann — bob — cat — dan          (a chain)
 *   ann — pal — cat                (a second shortest way from ann to cat, through a PAL)
 *   bob — eve                      (a leaf)
 *   zed                            (knows nobody)
 */
const { db, fx, api } = apiSuite();
const p = (key: string) => fx.id(key);

beforeAll(async () => {
  const area = await fx.area();
  for (const key of ['ann', 'bob', 'cat', 'dan', 'eve', 'pal', 'zed']) {
    await fx.partner(key, { area, name: `${key[0]!.toUpperCase()}${key.slice(1)}` });
  }
  await fx.pal(p('pal'), area);
  await fx.ties([
    [p('ann'), p('bob'), 5],
    [p('bob'), p('cat')],
    [p('cat'), p('dan')],
    [p('ann'), p('pal')],
    [p('pal'), p('cat')],
    [p('bob'), p('eve')],
  ]);
});


const nodeIds = (body: any) => body.elements.nodes.map((node: any) => node.data.id).sort();
const edgeIds = (body: any) => body.elements.edges.map((edge: any) => edge.data.id).sort();
const knows = (a: string, b: string) => `knows:${[p(a), p(b)].sort().join(':')}`;

describe('GET /api/graph/neighborhood/:id', () => {
  it('gives the direct acquaintances at depth 1 with the ties among them', async () => {
    const { status, body } = await api.get(`/api/graph/neighborhood/${p('ann')}`);
    expect(status).toBe(200);
    expect(nodeIds(body)).toEqual([p('ann'), p('bob'), p('pal')].sort());
    expect(edgeIds(body)).toEqual([knows('ann', 'bob'), knows('ann', 'pal')].sort());
    expect(body).toMatchObject({ center: p('ann'), depth: 1, truncated: false, totals: { partners: 3, shown: 3 } });
    const bob = body.elements.nodes.find((node: any) => node.data.id === p('bob')).data;
    expect(bob).toMatchObject({ kind: 'partner', label: 'Bob', distance: 1, degree: 3, isPal: false });
    expect(body.elements.nodes.find((node: any) => node.data.id === p('pal')).data.isPal).toBe(true);
    expect(body.elements.edges.find((edge: any) => edge.data.id === knows('ann', 'bob')).data.strength).toBe(5);
  });

  it('reaches further with depth, each partner at its shortest distance', async () => {
    const two = (await api.get(`/api/graph/neighborhood/${p('ann')}?depth=2`)).body;
    expect(nodeIds(two)).toEqual(['ann', 'bob', 'pal', 'cat', 'eve'].map(p).sort());
    expect(two.elements.nodes.find((node: any) => node.data.id === p('cat')).data.distance).toBe(2);
    expect(edgeIds(two)).toHaveLength(5);
    const three = (await api.get(`/api/graph/neighborhood/${p('ann')}?depth=3`)).body;
    expect(nodeIds(three)).toEqual(['ann', 'bob', 'pal', 'cat', 'eve', 'dan'].map(p).sort());
    expect(three.totals.partners).toBe(6);
  });

  it('cuts at the limit, nearest first, and says so', async () => {
    const { body } = await api.get(`/api/graph/neighborhood/${p('ann')}?depth=3&limit=2`);
    expect(body.truncated).toBe(true);
    expect(body.totals).toEqual({ partners: 6, shown: 3 });
    expect(body.elements.nodes.every((node: any) => node.data.distance <= 1)).toBe(true);
  });

  it('shows a partner who knows nobody on its own', async () => {
    const { body } = await api.get(`/api/graph/neighborhood/${p('zed')}?depth=2`);
    expect(nodeIds(body)).toEqual([p('zed')]);
    expect(body.elements.edges).toEqual([]);
    expect(body.totals).toEqual({ partners: 1, shown: 1 });
  });

  it('answers 404 for an unknown partner and 400 for a bad depth or limit', async () => {
    expect((await api.get(`/api/graph/neighborhood/${fx.id('nobody')}`)).status).toBe(404);
    const deep = await api.get(`/api/graph/neighborhood/${p('ann')}?depth=4`);
    expect(deep.status).toBe(400);
    expect(deep.body.error.field).toBe('depth');
    expect((await api.get(`/api/graph/neighborhood/${p('ann')}?limit=5000`)).body.error.field).toBe('limit');
  });
});

describe('GET /api/graph/path', () => {
  it('gives every shortest chain when several tie, the one through a PAL first, in words', async () => {
    const { status, body } = await api.get(`/api/graph/path?from=${p('ann')}&to=${p('cat')}`);
    expect(status).toBe(200);
    expect(body.found).toBe(true);
    expect(body.paths).toHaveLength(2);
    expect(body.paths[0]).toMatchObject({ hops: 2, viaPal: 'Pal', description: 'Ann knows Pal (PAL), who knows Cat' });
    expect(body.paths[1].description).toBe('Ann knows Bob, who knows Cat');
    expect(body.paths[1].partners.map((step: any) => step.id)).toEqual([p('ann'), p('bob'), p('cat')]);
  });

  it('finds longer chains and respects maxHops', async () => {
    const { body } = await api.get(`/api/graph/path?from=${p('eve')}&to=${p('dan')}`);
    expect(body.paths.map((path: any) => path.description)).toEqual(['Eve knows Bob, who knows Cat, who knows Dan']);
    const short = await api.get(`/api/graph/path?from=${p('eve')}&to=${p('dan')}&maxHops=2`);
    expect(short.body).toMatchObject({ found: false, paths: [] });
  });

  it('says when there is no way in', async () => {
    const { body } = await api.get(`/api/graph/path?from=${p('ann')}&to=${p('zed')}`);
    expect(body).toEqual({ from: p('ann'), to: p('zed'), found: false, paths: [] });
  });

  it('refuses the same partner twice, and names an unknown one', async () => {
    const same = await api.get(`/api/graph/path?from=${p('ann')}&to=${p('ann')}`);
    expect(same.status).toBe(400);
    expect(same.body.error.field).toBe('to');
    const unknown = await api.get(`/api/graph/path?from=${fx.id('ghost')}&to=${p('ann')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('from');
    expect((await api.get(`/api/graph/path?from=${p('ann')}`)).body.error.field).toBe('to');
  });
});

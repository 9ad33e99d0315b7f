import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import { DAY_MS } from '../time';

/**
 * A small graph whose answers are known:
 *
 *   ann — bob — cat — dan          (a chain)
 *   ann — pal — cat                (a second shortest way from ann to cat, through a PAL)
 *   bob — eve                      (a leaf)
 *   zed                            (knows nobody)
 */
const { fx, api } = apiSuite();
const p = (key: string) => fx.id(key);

beforeAll(async () => {
  const area = await fx.area();
  const cloud = await fx.specialty('cloud', 'Cloud');
  const golden = new Set(['bob', 'cat']);
  for (const key of ['ann', 'bob', 'cat', 'dan', 'eve', 'pal', 'zed']) {
    await fx.partner(key, {
      area,
      name: `${key[0]!.toUpperCase()}${key.slice(1)}`,
      tier: golden.has(key) ? 'gold' : 'community',
      offers: key === 'bob' ? [cloud] : [],
      seeks: key === 'ann' ? [cloud] : [],
    });
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
  await fx.introduction('ann-to-cat', { introducer: p('pal'), from: p('ann'), to: p('cat'), status: 'made' });
});

const nodeIds = (body: any) => body.elements.nodes.map((node: any) => node.data.id).sort();
const edgeIds = (body: any) =>
  body.elements.edges
    .filter((edge: any) => edge.data.kind === 'KNOWS')
    .map((edge: any) => edge.data.id)
    .sort();
const knows = (a: string, b: string) => `knows:${[p(a), p(b)].sort().join(':')}`;

describe('GET /api/graph/neighborhood/:id', () => {
  it('gives the direct acquaintances at depth 1 with the ties among them', async () => {
    const { status, body } = await api.get(`/api/graph/neighborhood/${p('ann')}`);
    expect(status).toBe(200);
    expect(nodeIds(body)).toEqual([p('ann'), p('bob'), p('pal')].sort());
    expect(edgeIds(body)).toEqual([knows('ann', 'bob'), knows('ann', 'pal')].sort());
    expect(body.elements.nodes[0].data).toMatchObject({
      id: p('ann'),
      distance: 0,
      areaName: expect.any(String),
      location: { latitude: 52.5, longitude: -1.9 },
    });
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
    expect(two.elements.edges.filter((edge: any) => edge.data.kind === 'KNOWS')).toHaveLength(5);
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

  it('follows only ties at least as strong as asked', async () => {
    const { body } = await api.get(`/api/graph/neighborhood/${p('ann')}?depth=3&minStrength=4`);
    expect(nodeIds(body)).toEqual([p('ann'), p('bob')].sort());
    expect(edgeIds(body)).toEqual([knows('ann', 'bob')]);
  });

  it('shows only the partners the filters keep, reached through anyone', async () => {
    const { body } = await api.get(`/api/graph/neighborhood/${p('ann')}?depth=2&tier=gold`);
    expect(nodeIds(body)).toEqual([p('ann'), p('bob'), p('cat')].sort());
    const offering = await api.get(`/api/graph/neighborhood/${p('cat')}?depth=2&specialty=${fx.id('cloud')}`);
    expect(nodeIds(offering.body)).toEqual([p('cat'), p('bob')].sort());
    const seeking = await api.get(`/api/graph/neighborhood/${p('cat')}?depth=2&specialty=${fx.id('cloud')}&specialtyMode=seeks`);
    expect(nodeIds(seeking.body)).toEqual([p('cat'), p('ann')].sort());
  });

  it('keeps the focused partner when the filters leave nobody else (an empty view, not a 404)', async () => {
    const { status, body } = await api.get(`/api/graph/neighborhood/${p('ann')}?depth=2&tier=gold&specialty=${fx.id('cloud')}&specialtyMode=seeks`);
    expect(status).toBe(200);
    expect(nodeIds(body)).toEqual([p('ann')]);
    expect(body.totals).toEqual({ partners: 1, shown: 1 });
  });

  it('draws introductions among the partners shown, coloured by status, unless asked not to', async () => {
    const { body } = await api.get(`/api/graph/neighborhood/${p('ann')}?depth=2`);
    const introduction = body.elements.edges.find((edge: any) => edge.data.kind === 'INTRODUCTION');
    expect(introduction.data).toMatchObject({ source: p('ann'), target: p('cat'), status: 'made', introducer: 'Pal', introductionId: fx.id('ann-to-cat') });
    const without = await api.get(`/api/graph/neighborhood/${p('ann')}?depth=2&introductions=false`);
    expect(without.body.elements.edges.some((edge: any) => edge.data.kind === 'INTRODUCTION')).toBe(false);
  });

  it('draws specialties as nodes when asked', async () => {
    const { body } = await api.get(`/api/graph/neighborhood/${p('ann')}?specialties=true`);
    const specialty = body.elements.nodes.find((node: any) => node.data.kind === 'specialty');
    expect(specialty.data).toEqual({ id: `specialty:${fx.id('cloud')}`, kind: 'specialty', label: 'Cloud', specialtyId: fx.id('cloud') });
    const links = body.elements.edges.filter((edge: any) => edge.data.kind === 'OFFERS' || edge.data.kind === 'SEEKS');
    expect(links.map((edge: any) => `${edge.data.kind} ${edge.data.source}`).sort()).toEqual([`OFFERS ${p('bob')}`, `SEEKS ${p('ann')}`]);
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
    expect((await api.get(`/api/graph/neighborhood/${p('ann')}?limit=50000`)).body.error.field).toBe('limit');
    expect((await api.get(`/api/graph/neighborhood/${p('ann')}?minStrength=0`)).body.error.field).toBe('minStrength');
    expect((await api.get(`/api/graph/neighborhood/${p('ann')}?specialtyMode=wants`)).body.error.field).toBe('specialtyMode');
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
    expect(body.paths[1].partners[1]).toMatchObject({ tier: 'gold', areaName: expect.any(String), degree: 3 });
    expect(body.paths[1].ties.map((tie: any) => tie.data.id)).toEqual([knows('ann', 'bob'), knows('bob', 'cat')]);
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

describe('community life in the neighbourhood', () => {
  it('draws user groups, meetings attended and PAL activities as nodes only when asked', async () => {
    const area = await fx.area('life-area');
    await fx.partner('life-pal', { area });
    await fx.pal(fx.id('life-pal'), area);
    await fx.partner('life-member', { area });
    await fx.ties([[fx.id('life-pal'), fx.id('life-member')]]);
    const group = await fx.group('life-group', area, fx.id('life-pal'), [fx.id('life-member')]);
    const startsAt = new Date(Date.now() - 10 * DAY_MS).toISOString();
    const meeting = (await api.post(`/api/groups/${group}/meetings`, { title: 'Recent meetup', startsAt, place: 'Hall' })).body.id;
    await api.post(`/api/meetings/${meeting}/attendance`, { partners: [fx.id('life-member')] });
    const activity = (
      await api.post('/api/activities', {
        pal: fx.id('life-pal'),
        kind: 'webinar',
        title: 'Recent webinar',
        date: startsAt.slice(0, 10),
        reached: [fx.id('life-member')],
      })
    ).body.id;

    const plain = await api.get(`/api/graph/neighborhood/${fx.id('life-member')}`);
    expect(plain.body.elements.nodes.every((node: { data: { kind: string } }) => node.data.kind === 'partner')).toBe(true);
    const { body } = await api.get(`/api/graph/neighborhood/${fx.id('life-member')}?community=true`);
    const nodes = Object.fromEntries(body.elements.nodes.map((node: { data: { id: string; kind: string } }) => [node.data.id, node.data.kind]));
    expect(nodes).toMatchObject({ [`group:${group}`]: 'group', [`meeting:${meeting}`]: 'meeting', [`activity:${activity}`]: 'activity' });
    const edges = body.elements.edges
      .filter((edge: { data: { source: string } }) => edge.data.source === fx.id('life-member'))
      .map((edge: { data: { kind: string; target: string } }) => `${edge.data.kind} ${edge.data.target}`);
    expect(edges).toEqual(expect.arrayContaining([`MEMBER_OF group:${group}`, `MET_AT meeting:${meeting}`, `REACHED activity:${activity}`]));
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { ApiClient } from '../../../test/support/http';

/**
 * Attempts to reach across a boundary: a partner (`me`) going after another partner's profile,
 * introductions, questions and contact details, through every endpoint that could leak them; and
 * what a partner may do with their own.
 */
const { fx, api, signIn } = apiSuite();
const id = fx.id;
let me: ApiClient;
let pal: ApiClient;
let otherPal: ApiClient;
let mine: string;
let theirs: string;
let myQuestion: string;
let theirQuestion: string;

beforeAll(async () => {
  const north = await fx.area('north');
  const south = await fx.area('south');
  await fx.specialty('backup');
  await fx.partner('pal', { area: north });
  await fx.pal(id('pal'), north);
  await fx.partner('south-pal', { area: south });
  await fx.pal(id('south-pal'), south);
  await fx.partner('me', { area: north, tier: 'community' });
  await fx.partner('other', { area: north });
  await fx.partner('third', { area: north });
  await fx.ties([
    [id('me'), id('pal')],
    [id('pal'), id('other')],
    [id('other'), id('third')],
  ]);
  mine = await fx.introduction('mine', { introducer: id('pal'), from: id('other'), to: id('me'), status: 'made' });
  theirs = await fx.introduction('theirs', { introducer: id('pal'), from: id('other'), to: id('third'), status: 'made' });
  me = await signIn(await fx.user('me', 'partner', id('me')));
  pal = await signIn(await fx.user('pal', 'pal', id('pal')));
  otherPal = await signIn(await fx.user('south-pal', 'pal', id('south-pal')));
  myQuestion = (await me.post('/api/queries', { specialty: id('backup'), text: 'Which backup for 20 seats?' })).body.id;
  theirQuestion = (await api.post('/api/queries', { partner: id('other'), specialty: id('backup'), text: 'Our private question' })).body.id;
});

const otherEmail = () => `${id('other')}@example.com`;

describe('a partner and their own things', () => {
  it('edits their own profile and openness to introductions, but not their tier or managed flag', async () => {
    const edited = await me.patch(`/api/partners/${id('me')}`, { company: 'Me & Co', openToIntroductions: false });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ company: 'Me & Co', openToIntroductions: false });
    const promoted = await me.patch(`/api/partners/${id('me')}`, { tier: 'gold' });
    expect(promoted.status).toBe(403);
    expect(promoted.body.error.field).toBe('tier');
    expect((await api.get(`/api/partners/${id('me')}`)).body.tier).toBe('community');
  });

  it('cannot backdate when they joined, while their PAL can correct it', async () => {
    const joinedAt = (await api.get(`/api/partners/${id('me')}`)).body.joinedAt;
    const backdated = await me.patch(`/api/partners/${id('me')}`, { joinedAt: '2001-01-01' });
    expect([backdated.status, backdated.body.error.field]).toEqual([403, 'joinedAt']);
    expect((await api.get(`/api/partners/${id('me')}`)).body.joinedAt).toBe(joinedAt);
    expect((await pal.patch(`/api/partners/${id('me')}`, { joinedAt: '2023-03-01' })).status).toBe(200);
    expect((await api.get(`/api/partners/${id('me')}`)).body.joinedAt).toBe('2023-03-01');
  });

  it("sees other partners' locations rounded to about a kilometre, their own and a PAL's view exact", async () => {
    const exact = { latitude: 52.486234, longitude: -1.890412 };
    for (const key of ['me', 'other']) expect((await api.patch(`/api/partners/${id(key)}`, { location: exact })).status).toBe(200);
    expect((await me.get(`/api/partners/${id('other')}`)).body.location).toEqual({ latitude: 52.49, longitude: -1.89 });
    expect((await me.get(`/api/partners/${id('me')}`)).body.location).toEqual(exact);
    expect((await pal.get(`/api/partners/${id('other')}`)).body.location).toEqual(exact);
    const around = await me.get(`/api/graph/neighborhood/${id('me')}?depth=2`);
    const located = (key: string) => around.body.elements.nodes.find((node: { data: { id: string } }) => node.data.id === id(key))?.data.location;
    expect(located('other')).toEqual({ latitude: 52.49, longitude: -1.89 });
    expect(located('me')).toEqual(exact);
    const paths = await me.get(`/api/graph/path?from=${id('me')}&to=${id('other')}`);
    expect(paths.body.found).toBe(true);
    const steps = paths.body.paths[0].partners as { id: string; location: unknown }[];
    expect(steps.find((step) => step.id === id('other'))?.location).toEqual({ latitude: 52.49, longitude: -1.89 });
  });

  it('cannot edit another partner, and nothing changes', async () => {
    const { status } = await me.patch(`/api/partners/${id('other')}`, { company: 'Hijacked' });
    expect(status).toBe(403);
    expect((await api.get(`/api/partners/${id('other')}`)).body.company).not.toBe('Hijacked');
  });

  it('reads and answers (for their own side) an introduction they are a side of, but cannot move it along as a PAL would', async () => {
    expect((await me.get(`/api/introductions/${mine}`)).status).toBe(200);
    expect((await me.get(`/api/introductions?partner=${id('me')}`)).body.items.map((item: { id: string }) => item.id)).toEqual([mine]);
    const lapsed = await me.patch(`/api/introductions/${mine}`, { status: 'lapsed' });
    expect(lapsed.status).toBe(403);
    // Accepting is each side's own answer, never a move by hand.
    expect((await me.patch(`/api/introductions/${mine}`, { status: 'accepted' })).status).toBe(403);
    const answered = await me.post(`/api/introductions/${mine}/answer`, { answer: 'yes' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ status: 'made', answers: { to: { answer: 'yes' }, from: { answer: null } } });
  });

  it("cannot read, list or answer someone else's introduction", async () => {
    expect((await me.get(`/api/introductions/${theirs}`)).status).toBe(403);
    expect((await me.get(`/api/introductions?partner=${id('other')}`)).status).toBe(403);
    expect((await me.get('/api/introductions')).status).toBe(403);
    expect((await me.patch(`/api/introductions/${theirs}`, { status: 'declined' })).status).toBe(403);
    expect((await api.get(`/api/introductions/${theirs}`)).body.status).toBe('made');
  });

  it("sees their own questions, not another partner's", async () => {
    expect((await me.get(`/api/queries/${myQuestion}`)).status).toBe(200);
    expect((await me.get(`/api/partners/${id('me')}/queries`)).body.items.map((item: { id: string }) => item.id)).toEqual([myQuestion]);
    expect((await me.get(`/api/queries/${theirQuestion}`)).status).toBe(403);
    expect((await me.get(`/api/partners/${id('other')}/queries`)).status).toBe(403);
  });

  it('cannot act as someone else by naming them in the body', async () => {
    const asked = await me.post('/api/queries', { partner: id('other'), specialty: id('backup'), text: 'Posing as other' });
    expect(asked.status).toBe(403);
    expect(asked.body.error.field).toBe('partner');
    const requested = await me.post(`/api/partners/${id('other')}/introduction-requests`, { to: id('third') });
    expect(requested.status).toBe(403);
  });

  it("sees their own neighbourhood and routes from themselves, not another partner's", async () => {
    expect((await me.get(`/api/graph/neighborhood/${id('me')}`)).status).toBe(200);
    expect((await me.get(`/api/graph/path?from=${id('me')}&to=${id('third')}`)).status).toBe(200);
    expect((await me.get(`/api/graph/neighborhood/${id('other')}`)).status).toBe(403);
    expect((await me.get(`/api/graph/path?from=${id('other')}&to=${id('me')}`)).status).toBe(403);
    expect((await me.get(`/api/partners/${id('other')}/matches`)).status).toBe(403);
  });
});

describe('contact details', () => {
  it("are hidden from a partner looking at another partner's profile", async () => {
    const { body } = await me.get(`/api/partners/${id('other')}`);
    expect(body).toMatchObject({ id: id('other'), email: null, phone: null });
  });

  it('are shown to the partner themselves, PALs and admins', async () => {
    expect((await me.get(`/api/partners/${id('me')}`)).body.email).toBe(`${id('me')}@example.com`);
    expect((await pal.get(`/api/partners/${id('other')}`)).body).toMatchObject({ email: otherEmail(), phone: expect.any(String) });
    expect((await api.get(`/api/partners/${id('other')}`)).body.email).toBe(otherEmail());
  });

  it('do not leak through the directory, the graph, paths or matches', async () => {
    const reads = [
      `/api/partners?q=${encodeURIComponent('other')}`,
      `/api/partners?area=${id('north')}`,
      `/api/graph/neighborhood/${id('me')}?depth=3`,
      `/api/graph/path?from=${id('me')}&to=${id('third')}`,
      `/api/partners/${id('me')}/matches`,
      `/api/introductions/${mine}`,
    ];
    for (const path of reads) {
      const { status, body } = await me.get(path);
      expect(status, path).toBe(200);
      expect(JSON.stringify(body), path).not.toContain(otherEmail());
      expect(JSON.stringify(body), path).not.toContain('7946');
    }
  });
});

describe('embedded introductions', () => {
  it("a partner's neighbourhood shows the introductions they are a side of, never others'", async () => {
    const { status, body } = await me.get(`/api/graph/neighborhood/${id('me')}?depth=3&introductions=true`);
    expect(status).toBe(200);
    const shown = body.elements.edges
      .filter((edge: { data: { kind: string } }) => edge.data.kind === 'INTRODUCTION')
      .map((edge: { data: { introductionId: string } }) => edge.data.introductionId);
    expect(shown).toEqual([mine]);
    expect(JSON.stringify(body)).not.toContain(theirs);
  });

  it('PALs and admins see every introduction among the partners shown', async () => {
    for (const client of [pal, api]) {
      const { body } = await client.get(`/api/graph/neighborhood/${id('me')}?depth=3&introductions=true`);
      const shown = body.elements.edges
        .filter((edge: { data: { kind: string } }) => edge.data.kind === 'INTRODUCTION')
        .map((edge: { data: { introductionId: string } }) => edge.data.introductionId);
      expect(shown.sort()).toEqual([mine, theirs].sort());
    }
  });
});

describe('PAL boundaries', () => {
  it("a PAL edits partners of their own area, not another area's", async () => {
    expect((await pal.patch(`/api/partners/${id('other')}`, { city: 'Northtown' })).status).toBe(200);
    expect((await otherPal.patch(`/api/partners/${id('other')}`, { city: 'Southtown' })).status).toBe(403);
    expect((await pal.patch(`/api/partners/${id('other')}`, { managed: true })).status).toBe(403);
  });

  it("a PAL reads their own inbox and pipeline, not another PAL's", async () => {
    expect((await pal.get(`/api/pals/${id('pal')}/queries`)).status).toBe(200);
    expect((await pal.get(`/api/pals/${id('south-pal')}/queries`)).status).toBe(403);
    expect((await pal.get(`/api/pals/${id('south-pal')}/introductions/pipeline`)).status).toBe(403);
    expect((await pal.get(`/api/pals/${id('south-pal')}/suggested-introductions`)).status).toBe(403);
  });

  it("a PAL plans meetings and records attendance in their own area's groups, not another area's", async () => {
    const group = await fx.group('north-group', id('north'), id('other'), [id('me'), id('other')]);
    const meeting = { title: 'North meet-up', startsAt: '2030-03-01T18:00:00Z', place: 'Library' };
    expect((await otherPal.post(`/api/groups/${group}/meetings`, meeting)).status).toBe(403);
    const planned = await pal.post(`/api/groups/${group}/meetings`, meeting);
    expect(planned.status).toBe(201);
    const attendance = { partners: [id('me'), id('other')] };
    expect((await otherPal.post(`/api/meetings/${planned.body.id}/attendance`, attendance)).status).toBe(403);
    expect((await api.get(`/api/meetings/${planned.body.id}`)).body.attended).toBe(0);
    expect((await pal.post(`/api/meetings/${planned.body.id}/attendance`, attendance)).status).toBe(200);
  });

  it('a PAL answers only as themselves', async () => {
    const { status, body } = await pal.post(`/api/queries/${theirQuestion}/answer`, { by: id('south-pal'), answer: 'Posing' });
    expect(status).toBe(403);
    expect(body.error.field).toBe('by');
  });
});

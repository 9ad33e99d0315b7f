import { beforeAll, describe, expect, it } from 'vitest';
import { INTRODUCTION_REQUESTS_PER_DAY } from '../contracts/introductions';
import { apiSuite } from '../../../test/support/api-suite';
import { DAY_MS } from '../time';

/**
 * Me (seeks migration, offers voice) in North, with its PAL.
 *   best:      offers migration, seeks voice; knows the PAL; shares my user group   → good for both
 *   strong:    offers migration only; knows the PAL, z1 and z2                        → good for me only
 *   far:       offers migration, seeks voice; reached through z1 but 300 km away, other area
 *   known:     offers migration but I already know them                               → excluded
 *   closed:    a perfect fit, not open to introductions                               → excluded
 *   declined:  a perfect fit whose introduction to me was declined last month         → excluded
 */
const { fx, api } = apiSuite();
const id = fx.id;

beforeAll(async () => {
  const north = await fx.area('north');
  const south = await fx.area('south');
  const migration = await fx.specialty('migration', `Migration ${fx.prefix}`);
  const voice = await fx.specialty('voice', `Voice ${fx.prefix}`);
  await fx.partner('me', { area: north, seeks: [migration], offers: [voice] });
  await fx.partner('pal', { area: north, name: `Pam Pal ${fx.prefix}` });
  await fx.pal(id('pal'), north);
  for (const key of ['z1', 'z2']) await fx.partner(key, { area: north });
  await fx.partner('best', { area: north, offers: [migration], seeks: [voice] });
  await fx.partner('strong', { area: north, offers: [migration] });
  await fx.partner('far', { area: south, offers: [migration], seeks: [voice] });
  await fx.partner('known', { area: north, offers: [migration] });
  await fx.partner('closed', { area: north, offers: [migration], seeks: [voice], openToIntroductions: false });
  await fx.partner('declined', { area: north, offers: [migration], seeks: [voice] });
  const t = (a: string, b: string) => [id(a), id(b)] as [string, string];
  await fx.ties([
    t('me', 'pal'),
    t('me', 'z1'),
    t('me', 'z2'),
    t('me', 'known'),
    t('pal', 'best'),
    t('pal', 'strong'),
    t('z1', 'strong'),
    t('z2', 'strong'),
    t('z1', 'far'),
    t('pal', 'closed'),
    t('pal', 'declined'),
  ]);
  await fx.group('circle', north, id('pal'), [id('me'), id('best')]);
  const lastMonth = new Date(Date.now() - 30 * DAY_MS).toISOString();
  await fx.introduction('no-thanks', {
    introducer: id('pal'),
    from: id('me'),
    to: id('declined'),
    status: 'declined',
    proposedAt: lastMonth,
    madeAt: lastMonth,
    declinedAt: lastMonth,
  });
  // Past introductions over migration that worked out, between two other partners.
  await fx.partner('x', { area: south, seeks: [migration] });
  await fx.partner('y', { area: south, offers: [migration] });
  await fx.introduction('worked', {
    introducer: id('pal'),
    from: id('x'),
    to: id('y'),
    status: 'collaborating',
    madeAt: '2026-01-02T09:00:00.000Z',
    acceptedAt: '2026-01-03T09:00:00.000Z',
    collaboratingAt: '2026-01-09T09:00:00.000Z',
  });
});

const matchesOf = async (search = '') => (await api.get(`/api/partners/${id('me')}/matches${search}`)).body;
const ids = (body: any) => body.items.map((match: any) => match.partner.id);

describe('GET /api/partners/:id/matches', () => {
  it('ranks the match good for both sides first, above one good for me alone', async () => {
    const body = await matchesOf();
    expect(ids(body)[0]).toBe(id('best'));
    const best = body.items[0];
    const strong = body.items.find((match: any) => match.partner.id === id('strong'));
    // strong suits me better than best does, but does nothing for itself: it ranks lower.
    expect(strong.parts.yourSide).toBeGreaterThan(best.parts.yourSide);
    expect(best.score).toBeGreaterThan(strong.score);
    for (const match of body.items) {
      expect(match.score).toBeGreaterThan(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
  });

  it('leaves out partners I know, partners not open to introductions and recently declined pairs', async () => {
    const found = ids(await matchesOf());
    for (const key of ['me', 'known', 'closed', 'declined', 'pal', 'z1', 'z2']) expect(found).not.toContain(id(key));
  });

  it('gives each reason as data', async () => {
    const best = (await matchesOf()).items.find((match: any) => match.partner.id === id('best'));
    expect(best.reasons).toMatchObject({
      theyOfferWhatYouSeek: [{ id: id('migration') }],
      youOfferWhatTheySeek: [{ id: id('voice') }],
      mutualAcquaintances: [{ id: id('pal'), isPal: true }],
      mutualCount: 1,
      sameArea: true,
      sharedGroups: [{ id: id('circle') }],
      introducer: { id: id('pal') },
      pastSuccess: [{ specialty: { id: id('migration') }, collaborations: 1, introductions: 2 }],
    });
    const far = (await matchesOf()).items.find((match: any) => match.partner.id === id('far'));
    expect(far.reasons).toMatchObject({ sameArea: false, mutualAcquaintances: [{ id: id('z1') }] });
    expect(far.reasons.distanceKm).toBe(0);
  });

  it('gives the warm route, through the PAL where one ties', async () => {
    const items = (await matchesOf()).items;
    const route = (key: string) => items.find((match: any) => match.partner.id === id(key)).warmRoute.map((step: any) => step.id);
    expect(route('best')).toEqual([id('me'), id('pal'), id('best')]);
    // strong is two hops away through the PAL, z1 or z2: the PAL's way is chosen.
    expect(route('strong')).toEqual([id('me'), id('pal'), id('strong')]);
    expect(items.find((match: any) => match.partner.id === id('far')).reasons.introducer).toEqual({ id: id('pal'), name: `Pam Pal ${fx.prefix}` });
  });

  it('filters by area and specialty, and limits', async () => {
    expect(ids(await matchesOf(`?area=${id('south')}`))).toEqual([id('far')]);
    expect(ids(await matchesOf(`?specialty=${id('voice')}`))).not.toContain(id('strong'));
    expect(ids(await matchesOf('?limit=1'))).toEqual([id('best')]);
  });

  it('refuses bad input and unknown partners', async () => {
    expect((await api.get(`/api/partners/${id('me')}/matches?limit=0`)).body.error.field).toBe('limit');
    const unknown = await api.get(`/api/partners/${id('ghost')}/matches`);
    expect(unknown.status).toBe(404);
  });
});

describe('matches and meetings', () => {
  it('brings in a partner met at a meeting (MET_AT), with the meeting as a reason, and ranks them higher for it', async () => {
    const area = await fx.area('meet-area');
    const topic = await fx.specialty('meet-topic');
    await fx.partner('attendee', { area, seeks: [topic] });
    await fx.partner('met', { area, offers: [topic] });
    await fx.partner('unmet', { area, offers: [topic] });
    const group = await fx.group('meet-group', area, id('met'), []);
    const meeting = (await api.post(`/api/groups/${group}/meetings`, { title: `Meetup ${fx.prefix}`, startsAt: '2026-03-04T18:00:00Z', place: 'Leeds' })).body
      .id;
    await api.post(`/api/meetings/${meeting}/attendance`, { partners: [id('attendee'), id('met')] });
    const { body } = await api.get(`/api/partners/${id('attendee')}/matches`);
    const ranked = body.items.map((item: { partner: { id: string } }) => item.partner.id);
    expect(ranked.indexOf(id('met'))).toBeLessThan(ranked.indexOf(id('unmet')));
    const met = body.items.find((item: { partner: { id: string } }) => item.partner.id === id('met'));
    expect(met.reasons.metAt).toEqual([{ id: meeting, title: `Meetup ${fx.prefix}`, date: '2026-03-04' }]);
    expect(met.parts.groups).toBeGreaterThan(0);
  });
});

describe('GET /api/pals/:id/suggested-introductions', () => {
  it('suggests the best pairs among the partners the PAL knows or leads who do not know each other', async () => {
    const { status, body } = await api.get(`/api/pals/${id('pal')}/suggested-introductions`);
    expect(status).toBe(200);
    const pairs = body.items.map((item: any) => [item.from.id, item.to.id].sort().join(' & '));
    expect(pairs[0]).toBe([id('me'), id('best')].sort().join(' & '));
    expect(body.items[0].reason).toMatch(new RegExp(`Migration ${fx.prefix}`));
    expect(body.items[0].reasons.introducer).toEqual({ id: id('pal'), name: `Pam Pal ${fx.prefix}` });
    // Pairs who know each other, or whose introduction was declined, are not suggested.
    expect(pairs).not.toContain([id('me'), id('known')].sort().join(' & '));
    expect(pairs).not.toContain([id('me'), id('declined')].sort().join(' & '));
    expect(pairs.some((pair: string) => pair.includes(id('closed')))).toBe(false);
  });

  it('refuses a partner who is not a PAL, and an unknown one', async () => {
    expect((await api.get(`/api/pals/${id('me')}/suggested-introductions`)).status).toBe(400);
    expect((await api.get(`/api/pals/${id('ghost')}/suggested-introductions`)).status).toBe(404);
  });
});

describe('POST /api/partners/:id/introduction-requests', () => {
  it("routes a partner's request to the PAL on the warm route, and it shows in that PAL's pipeline", async () => {
    const { status, body } = await api.post(`/api/partners/${id('me')}/introduction-requests`, { to: id('best'), note: 'We need a migration partner' });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      status: 'proposed',
      introducer: { id: id('pal') },
      from: { id: id('me') },
      to: { id: id('best') },
      requestedBy: { id: id('me') },
      reason: 'We need a migration partner',
    });
    expect(body.history[0]).toMatchObject({ status: 'proposed', by: { id: id('me') } });
    const pipeline = (await api.get(`/api/pals/${id('pal')}/introductions/pipeline`)).body;
    expect(pipeline.columns.proposed.map((item: any) => item.id)).toContain(body.id);
  });

  it('makes one introduction when a partner asks several times at once', async () => {
    await fx.partner('eager', { area: id('north') });
    await fx.ties([[id('eager'), id('pal')]]);
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => api.post(`/api/partners/${id('eager')}/introduction-requests`, { to: id('strong') }).then((response) => response.status)),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(4);
  });

  it('lets a pair try again once a refusal is older than the cooldown', async () => {
    await fx.partner('old-no', { area: id('north') });
    const longAgo = '2024-01-10T09:00:00.000Z';
    await fx.introduction('old-refusal', {
      introducer: id('pal'),
      from: id('me'),
      to: id('old-no'),
      status: 'declined',
      proposedAt: longAgo,
      madeAt: longAgo,
      declinedAt: longAgo,
    });
    const { status } = await api.post(`/api/partners/${id('me')}/introduction-requests`, { to: id('old-no') });
    expect(status).toBe(201);
  });

  it('refuses a request to a partner not open to introductions with a 409, writing nothing', async () => {
    await fx.partner('closed', { area: id('north'), openToIntroductions: false });
    const refused = await api.post(`/api/partners/${id('me')}/introduction-requests`, { to: id('closed') });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'not_open', field: 'to' });
    const listed = await api.get(`/api/introductions?partner=${id('closed')}`);
    expect(listed.body.items).toEqual([]);
  });

  it('caps how many introductions one partner asks for in a day, and the refused one writes nothing', async () => {
    await fx.partner('busy', { area: id('north') });
    const targets = await Promise.all(
      Array.from({ length: INTRODUCTION_REQUESTS_PER_DAY + 1 }, (_, i) => fx.partner(`busy-target-${i}`, { area: id('north') })),
    );
    const ask = (to: string) => api.post(`/api/partners/${id('busy')}/introduction-requests`, { to });
    for (const to of targets.slice(0, -1)) expect((await ask(to)).status).toBe(201);
    const over = await ask(targets.at(-1)!);
    expect(over.status).toBe(429);
    expect(over.body.error).toMatchObject({ code: 'too_many_requests', field: 'to' });
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api.get(`/api/introductions?partner=${id('busy')}&limit=200`)).body.items).toHaveLength(INTRODUCTION_REQUESTS_PER_DAY);
  });

  it('refuses a second request, a request to someone already known, and bad input', async () => {
    const again = await api.post(`/api/partners/${id('me')}/introduction-requests`, { to: id('best') });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_requested');
    const known = await api.post(`/api/partners/${id('me')}/introduction-requests`, { to: id('known') });
    expect(known.body.error.code).toBe('already_acquainted');
    expect((await api.post(`/api/partners/${id('me')}/introduction-requests`, { to: id('me') })).status).toBe(400);
    expect((await api.post(`/api/partners/${id('me')}/introduction-requests`, {})).body.error.field).toBe('to');
    expect((await api.post(`/api/partners/${id('me')}/introduction-requests`, { to: id('ghost') })).status).toBe(404);
  });
});

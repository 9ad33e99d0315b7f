import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

const { fx, api } = apiSuite();
let area: string;
let otherArea: string;
let migration: string;
let security: string;

beforeAll(async () => {
  area = await fx.area('north');
  otherArea = await fx.area('south');
  migration = await fx.specialty('migration', `Mailbox migration ${fx.prefix}`);
  security = await fx.specialty('security');
});

const newPartner = (key: string, extra: Record<string, unknown> = {}) => ({
  id: fx.id(key),
  name: `${key} Person ${fx.prefix}`,
  company: `${key} Ltd`,
  city: 'Solihull',
  area,
  ...extra,
});

describe('POST /api/partners', () => {
  it('creates a partner with its area and specialties, and answers with the profile', async () => {
    const response = await api.post(
      '/api/partners',
      newPartner('ann', { tier: 'silver', offers: [migration], seeks: [security], location: { latitude: 52.41, longitude: -1.78 } }),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      id: fx.id('ann'),
      tier: 'silver',
      managed: false,
      openToIntroductions: true,
      area: { id: area },
      offers: [{ id: migration }],
      seeks: [{ id: security }],
      location: { latitude: 52.41, longitude: -1.78 },
      isPal: false,
      knowsCount: 0,
    });
    expect(response.body.joinedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await api.get(`/api/partners/${fx.id('ann')}`)).body.name).toBe(`ann Person ${fx.prefix}`);
  });

  it('generates an id when none is given', async () => {
    const { id: _id, ...withoutId } = newPartner('generated');
    const response = await api.post('/api/partners', withoutId);
    expect(response.status).toBe(201);
    expect(response.body.id).toMatch(/^p-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await api.delete(`/api/partners/${response.body.id}`)).status).toBe(204);
  });

  it.each([
    ['name', { name: '' }],
    ['tier', { tier: 'platinum' }],
    ['website', { website: 'not a url' }],
    ['location.latitude', { location: { latitude: 123, longitude: 0 } }],
    ['nickname', { nickname: 'unknown fields are refused' }],
  ])('refuses a bad %s with a 400 naming it, and creates nothing', async (field, override) => {
    const key = `bad-${field.replace('.', '-')}`;
    const response = await api.post('/api/partners', { ...newPartner(key), ...override });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ code: 'invalid_input', field });
    expect((await api.get(`/api/partners/${fx.id(key)}`)).status).toBe(404);
  });

  it('refuses an unknown area or specialty with a 404 naming the field', async () => {
    const unknownArea = await api.post('/api/partners', newPartner('lost', { area: fx.id('nowhere') }));
    expect(unknownArea.status).toBe(404);
    expect(unknownArea.body.error.field).toBe('area');
    const unknownSpecialty = await api.post('/api/partners', newPartner('lost', { seeks: [fx.id('alchemy')] }));
    expect(unknownSpecialty.status).toBe(404);
    expect(unknownSpecialty.body.error.field).toBe('seeks');
    expect((await api.get(`/api/partners/${fx.id('lost')}`)).status).toBe(404);
  });

  it('refuses a second partner with the same id with a 409', async () => {
    await api.post('/api/partners', newPartner('twin'));
    const again = await api.post('/api/partners', newPartner('twin', { name: 'Someone else' }));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'already_exists', field: 'id' });
    expect((await api.get(`/api/partners/${fx.id('twin')}`)).body.name).toBe(`twin Person ${fx.prefix}`);
  });

  it('refuses a body that is not JSON', async () => {
    // Signed in: an anonymous caller is refused (401) before the body is even looked at.
    const response = await api.request('POST', '/api/partners', 'name=x', { headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(415);
    expect((await fetch(`${api.url}/api/partners`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'name=x' })).status).toBe(401);
    const malformed = await api.post('/api/partners', '{"name": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.field).toBe('body');
  });
});

describe('GET /api/partners/:id', () => {
  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await api.get(`/api/partners/${fx.id('nobody')}`)).body.error.code).toBe('not_found');
    const malformed = await api.get('/api/partners/bad%20id!');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.field).toBe('id');
  });
});

describe('PATCH /api/partners/:id', () => {
  it('changes only the fields given, including area and specialty lists', async () => {
    await api.post('/api/partners', newPartner('bea', { offers: [migration], tier: 'community' }));
    const response = await api.patch(`/api/partners/${fx.id('bea')}`, { tier: 'gold', managed: true, area: otherArea, offers: [security] });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ tier: 'gold', managed: true, area: { id: otherArea }, offers: [{ id: security }], company: 'bea Ltd' });
  });

  it('refuses an empty or bad change and leaves the partner as it was', async () => {
    await api.post('/api/partners', newPartner('cal', { tier: 'registered' }));
    const empty = await api.patch(`/api/partners/${fx.id('cal')}`, {});
    expect(empty.status).toBe(400);
    const bad = await api.patch(`/api/partners/${fx.id('cal')}`, { tier: 'registered', managed: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('managed');
    const unknownArea = await api.patch(`/api/partners/${fx.id('cal')}`, { tier: 'gold', area: fx.id('atlantis') });
    expect(unknownArea.status).toBe(404);
    expect((await api.get(`/api/partners/${fx.id('cal')}`)).body.tier).toBe('registered');
  });

  it('answers 404 for an unknown partner', async () => {
    expect((await api.patch(`/api/partners/${fx.id('ghost')}`, { tier: 'gold' })).status).toBe(404);
  });
});

describe('DELETE /api/partners/:id', () => {
  it('removes the partner, then answers 404', async () => {
    await api.post('/api/partners', newPartner('dan'));
    expect((await api.delete(`/api/partners/${fx.id('dan')}`)).status).toBe(204);
    expect((await api.get(`/api/partners/${fx.id('dan')}`)).status).toBe(404);
    expect((await api.delete(`/api/partners/${fx.id('dan')}`)).status).toBe(404);
  });
});

describe('GET /api/partners', () => {
  beforeAll(async () => {
    await fx.partner('list-a', { name: `Aaron List ${fx.prefix}`, area, tier: 'gold', managed: true, offers: [migration] });
    await fx.partner('list-b', { name: `Bella List ${fx.prefix}`, area, tier: 'community', company: `Bluebell ${fx.prefix} IT` });
    await fx.partner('list-c', { name: `Carl List ${fx.prefix}`, area: otherArea, tier: 'gold' });
  });

  const ids = (body: { items: { id: string }[] }) => body.items.map((partner) => partner.id);

  it('filters by area, tier, managed and offered specialty', async () => {
    expect(ids((await api.get(`/api/partners?area=${otherArea}`)).body)).toEqual(expect.arrayContaining([fx.id('list-c')]));
    expect(ids((await api.get(`/api/partners?area=${otherArea}`)).body)).not.toContain(fx.id('list-a'));
    expect(ids((await api.get(`/api/partners?area=${area}&tier=gold&managed=true`)).body)).toEqual([fx.id('list-a')]);
    expect(ids((await api.get(`/api/partners?specialty=${migration}&area=${area}`)).body)).toContain(fx.id('list-a'));
  });

  it('searches names, companies and specialties through the full-text index', async () => {
    const byName = await api.get(`/api/partners?q=${encodeURIComponent(`aaron ${fx.prefix}`)}`);
    expect(ids(byName.body)).toEqual([fx.id('list-a')]);
    const byCompany = await api.get(`/api/partners?q=${encodeURIComponent(`bluebell ${fx.prefix}`)}`);
    expect(ids(byCompany.body)).toEqual([fx.id('list-b')]);
    const bySpecialty = await api.get(`/api/partners?q=${encodeURIComponent(`mailbox migration ${fx.prefix}`)}&area=${area}`);
    expect(ids(bySpecialty.body)).toContain(fx.id('list-a'));
    const byPrefix = await api.get(`/api/partners?q=${encodeURIComponent(`${fx.prefix} carl lis`)}`);
    expect(ids(byPrefix.body)).toEqual([fx.id('list-c')]);
  });

  it('says why each partner matched, and puts the PAL expert in a specialty first, then those offering it', async () => {
    await fx.partner('list-zed', { name: `Zed Expert ${fx.prefix}`, area });
    await fx.pal(fx.id('list-zed'), area, [migration]);
    await fx.partner('list-dan', { name: `Dan Offers ${fx.prefix}`, area, offers: [migration] });
    const { body } = await api.get(`/api/partners?q=${encodeURIComponent(`mailbox migration ${fx.prefix}`)}&area=${area}`);
    expect(body.items[0]).toMatchObject({ id: fx.id('list-zed'), matched: { on: 'expertise', specialty: { id: migration } } });
    const offering = body.items.slice(1).map((partner: { id: string }) => partner.id);
    expect(offering).toEqual(expect.arrayContaining([fx.id('list-a'), fx.id('list-dan')]));
    expect(body.items.slice(1).every((partner: { matched: { on: string } }) => partner.matched.on === 'offers')).toBe(true);
    expect((await api.get(`/api/partners?q=${encodeURIComponent(`aaron ${fx.prefix}`)}`)).body.items[0].matched).toEqual({ on: 'name', specialty: null });
    expect((await api.get(`/api/partners?q=${encodeURIComponent(`bluebell ${fx.prefix}`)}`)).body.items[0].matched).toEqual({ on: 'company', specialty: null });
    expect((await api.get(`/api/partners?area=${area}&limit=1`)).body.items[0].matched).toBeNull();
  });

  it('treats search operators as plain text', async () => {
    const response = await api.get(`/api/partners?q=${encodeURIComponent('name:"x" AND (y OR z~ \\')}`);
    expect(response.status).toBe(200);
  });

  it('pages with an opaque cursor until the last page', async () => {
    const first = await api.get(`/api/partners?area=${area}&limit=1`);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const seen = [...ids(first.body)];
    let cursor = first.body.nextCursor;
    while (cursor) {
      const page = await api.get(`/api/partners?area=${area}&limit=1&cursor=${cursor}`);
      seen.push(...ids(page.body));
      cursor = page.body.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining([fx.id('list-a'), fx.id('list-b')]));
  });

  it.each([
    ['limit', 'limit=0'],
    ['limit', 'limit=1000'],
    ['tier', 'tier=diamond'],
    ['managed', 'managed=maybe'],
    ['cursor', 'cursor=not-a-cursor'],
    ['colour', 'colour=blue'],
  ])('refuses a bad %s with a 400 naming it', async (field, search) => {
    const response = await api.get(`/api/partners?${search}`);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });
});

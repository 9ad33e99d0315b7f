import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { ApiClient } from '../../../test/support/http';

/**
 * North (PAL pam): partners ann (gold) and bob; South (PAL sue): partner cat.
 * Ann and Bob both complain about the partner portal; Cat says it too, to Sue.
 */
const { db, fx, api, signIn } = apiSuite();
const id = fx.id;
const as: Record<string, ApiClient> = {};

beforeAll(async () => {
  const north = await fx.area('north');
  const south = await fx.area('south');
  await fx.specialty('o365');
  for (const [key, area, tier] of [
    ['pam', north, 'silver'],
    ['ann', north, 'gold'],
    ['bob', north, 'community'],
    ['sue', south, 'silver'],
    ['cat', south, 'registered'],
  ] as const) {
    await fx.partner(key, { area, tier });
  }
  await fx.pal(id('pam'), north);
  await fx.pal(id('sue'), south);
  for (const key of ['ann', 'bob', 'cat']) as[key] = await signIn(await fx.user(key, 'partner', id(key)));
  for (const key of ['pam', 'sue']) as[key] = await signIn(await fx.user(key, 'pal', id(key)));
});

const give = (who: string, text: string) => as[who]!.post('/api/feedback', { programme: 'partner portal', text, sentiment: 'negative' });

describe('feedback', () => {
  it("is given to the partner's area PAL, and needs a topic", async () => {
    const { status, body } = await give('ann', 'The portal logs me out every ten minutes');
    expect(status).toBe(201);
    expect(body).toMatchObject({ partner: { id: id('ann') }, pal: { id: id('pam') }, programme: 'partner portal', sentiment: 'negative', theme: null });
    const missing = await as.ann!.post('/api/feedback', { text: 'About nothing', sentiment: 'positive' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('specialty');
  });

  it('is seen by the partner who gave it, the PAL it was given to and admins; by nobody else', async () => {
    const { body: bobs } = await give('bob', 'Portal session timeouts are too short');
    const { body: cats } = await give('cat', 'Cannot stay signed in to the portal');
    const ids = (response: { body: { items: { id: string }[] } }) => response.body.items.map((item) => item.id);
    expect(ids(await as.bob!.get('/api/feedback'))).toEqual([bobs.id]);
    expect(ids(await as.pam!.get('/api/feedback'))).toEqual(expect.arrayContaining([bobs.id]));
    expect(ids(await as.pam!.get('/api/feedback'))).not.toContain(cats.id);
    expect(ids(await as.sue!.get('/api/feedback'))).toEqual([cats.id]);
    expect(ids(await api.get('/api/feedback?limit=500'))).toEqual(expect.arrayContaining([bobs.id, cats.id]));
  });
});

describe('feedback themes', () => {
  let theme: string;

  it('a PAL merges items given to them into one theme that counts voices by area and tier', async () => {
    const pams = (await as.pam!.get('/api/feedback?unthemed=true')).body.items.map((item: { id: string }) => item.id);
    expect(pams).toHaveLength(2);
    const { status, body } = await as.pam!.post('/api/feedback-themes', { title: 'Portal sessions expire too fast', feedback: pams });
    expect(status).toBe(201);
    theme = body.id;
    expect(body).toMatchObject({ status: 'collected', voices: 2, feedbackCount: 2, curator: { id: id('pam') } });
    expect(body.tiers).toEqual(
      expect.arrayContaining([
        { tier: 'gold', voices: 1 },
        { tier: 'community', voices: 1 },
      ]),
    );
    expect((await as.ann!.get('/api/feedback')).body.items[0].theme).toMatchObject({ id: theme, status: 'collected' });
  });

  it('makes one theme when the same merge is sent many times at once', async () => {
    const ann = (await give('ann', 'Renewal reminders come too late')).body.id as string;
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        as.pam!.post('/api/feedback-themes', { title: `Late reminders ${fx.prefix}`, feedback: [ann] }).then((r) => [r.status, r.body.id]),
      ),
    );
    expect(
      statuses.map(([status]) => status).every((status) => status === 201),
      JSON.stringify(statuses),
    ).toBe(true);
    expect(new Set(statuses.map(([, themeId]) => themeId)).size).toBe(1);
    const themes = (await api.get('/api/feedback-themes')).body.items.filter((item: { title: string }) => item.title === `Late reminders ${fx.prefix}`);
    expect(themes).toHaveLength(1);
    expect(themes[0].feedbackCount).toBe(1);
  });

  it('refuses to let a PAL merge feedback given to another PAL', async () => {
    const cats = (await as.sue!.get('/api/feedback')).body.items.map((item: { id: string }) => item.id);
    const { status, body } = await as.pam!.post(`/api/feedback-themes/${theme}/feedback`, { feedback: cats });
    expect(status).toBe(403);
    expect(body.error.field).toBe('feedback');
  });

  it('lets a partner add their voice once instead of writing again; counted in their area', async () => {
    const voiced = await as.cat!.post(`/api/feedback-themes/${theme}/voices`, {});
    expect(voiced.status).toBe(201);
    expect(voiced.body).toMatchObject({ voices: 3, feedbackCount: 2, yours: true });
    expect(voiced.body.areas.map((area: { id: string; voices: number }) => [area.id, area.voices])).toEqual([
      [id('north'), 2],
      [id('south'), 1],
    ]);
    expect((await as.cat!.post(`/api/feedback-themes/${theme}/voices`, {})).status).toBe(409);
    expect((await as.ann!.post(`/api/feedback-themes/${theme}/voices`, {})).status).toBe(409);
  });

  it('counts fifty identical voices sent at once as one', async () => {
    const before = (await api.get(`/api/feedback-themes/${theme}`)).body.voices;
    const eager = await signIn(await fx.user('eager-voice', 'partner', await fx.partner('eager-voice', { area: id('north') })));
    const statuses = await Promise.all(Array.from({ length: 50 }, () => eager.post(`/api/feedback-themes/${theme}/voices`, {}).then((r) => r.status)));
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect((await api.get(`/api/feedback-themes/${theme}`)).body.voices).toBe(before + 1);
  });

  it('refuses another PAL moving a theme they do not curate, and nothing changes', async () => {
    const moved = await as.sue!.patch(`/api/feedback-themes/${theme}`, { status: 'declined', note: 'Not mine to decline' });
    expect(moved.status).toBe(403);
    expect(moved.body.error.field).toBe('id');
    expect((await api.get(`/api/feedback-themes/${theme}`)).body.status).toBe('collected');
  });

  it('moves collected → raised → answered → acted, keeping where, when and the answer', async () => {
    const skipped = await as.pam!.patch(`/api/feedback-themes/${theme}`, { status: 'answered', vendorAnswer: 'Too soon' });
    expect(skipped.status).toBe(409);
    expect(skipped.body.error).toMatchObject({ code: 'illegal_transition', field: 'status' });
    const noWhere = await as.pam!.patch(`/api/feedback-themes/${theme}`, { status: 'raised' });
    expect(noWhere.status).toBe(400);
    expect(noWhere.body.error.field).toBe('raisedWhere');
    const raised = await as.pam!.patch(`/api/feedback-themes/${theme}`, { status: 'raised', raisedWhere: 'Partner conference 2026', raisedOn: '2026-10-14' });
    expect(raised.body).toMatchObject({ status: 'raised', raisedWhere: 'Partner conference 2026', raisedAt: '2026-10-14T00:00:00.000Z' });
    const answered = await as.pam!.patch(`/api/feedback-themes/${theme}`, {
      status: 'answered',
      vendorAnswer: 'Sessions will last 8 hours from the January release',
    });
    expect(answered.body).toMatchObject({ status: 'answered', vendorAnswer: 'Sessions will last 8 hours from the January release' });
    const acted = await as.pam!.patch(`/api/feedback-themes/${theme}`, { status: 'acted', note: 'Shipped in 26.1' });
    expect(acted.body).toMatchObject({ status: 'acted', outcomeNote: 'Shipped in 26.1' });
    const after = await as.pam!.patch(`/api/feedback-themes/${theme}`, { status: 'declined' });
    expect(after.status).toBe(409);
    // The locks these moves took (refused ones included) leave nothing in the data.
    const [stored] = await db.read('MATCH (t:FeedbackTheme {id: $id}) RETURN keys(t) AS keys', { id: theme });
    expect(stored!.keys).not.toEqual(expect.arrayContaining([expect.stringMatching(/revision|locked/i)]));
  });

  it('shows partners who raised it its progress, and admins the totals reaching an outcome', async () => {
    const seen = (await as.bob!.get(`/api/feedback-themes/${theme}`)).body;
    expect(seen).toMatchObject({ status: 'acted', yours: true, vendorAnswer: expect.any(String) });
    const { body } = await api.get('/api/feedback-themes?sort=voices');
    expect(body.summary.withOutcome).toBeGreaterThanOrEqual(1);
    expect(body.items.find((item: { id: string }) => item.id === theme)).toMatchObject({ voices: 4 }); // three, and the eager one's single voice
  });

  it('a partner cannot merge or move themes', async () => {
    expect((await as.ann!.post('/api/feedback-themes', { title: 'Mine', feedback: ['x'] })).status).toBe(403);
    expect((await as.ann!.patch(`/api/feedback-themes/${theme}`, { status: 'declined' })).status).toBe(403);
  });
});

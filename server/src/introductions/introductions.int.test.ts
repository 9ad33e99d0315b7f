import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

const { fx, api, signIn } = apiSuite();
let pal: string;
let seeker: string;
let expert: string;
let other: string;
let areaId: string;

beforeAll(async () => {
  const area = await fx.area();
  areaId = area;
  pal = await fx.partner('pal', { area });
  await fx.pal(pal, area);
  seeker = await fx.partner('seeker', { area });
  expert = await fx.partner('expert', { area });
  other = await fx.partner('other', { area });
});

let fresh = 0;
/** Proposes seeker → a partner of their own (one open introduction per pair), unless `to` is given. */
const propose = async (body: Record<string, unknown> = {}) => {
  const to = body.to ?? (await fx.partner(`fresh-${++fresh}`, { area: areaId }));
  return api.post('/api/introductions', { introducer: pal, from: seeker, reason: 'Seeker needs a migration partner', ...body, to });
};

describe('POST /api/introductions', () => {
  it('proposes an introduction with its people and a timestamp', async () => {
    const response = await propose({ privateNote: 'Met at the user group' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      status: 'proposed',
      introducer: { id: pal },
      from: { id: seeker },
      privateNote: 'Met at the user group',
      comments: [],
      madeAt: null,
    });
    expect(Date.parse(response.body.proposedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses bad input naming the field, and unknown people with a 404', async () => {
    const self = await propose({ to: seeker });
    expect(self.status).toBe(400);
    expect(self.body.error.field).toBe('to');
    const noReason = await propose({ reason: '   ' });
    expect(noReason.body.error.field).toBe('reason');
    const unknown = await propose({ introducer: fx.id('nobody') });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('introducer');
    const listed = await api.get(`/api/introductions?partner=${seeker}&limit=200`);
    expect(listed.body.items.every((item: { reason: string }) => item.reason.trim() !== '')).toBe(true);
  });
});

describe('doubled proposals', () => {
  it('make one open introduction of a pair, however many arrive at once', async () => {
    const to = await fx.partner('doubled', { area: areaId });
    const statuses = await Promise.all(
      Array.from({ length: 50 }, () =>
        api.post('/api/introductions', { introducer: pal, from: seeker, to, reason: 'Clicked many times' }).then((response) => response.status),
      ),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    expect((await api.get(`/api/introductions?partner=${to}`)).body.items).toHaveLength(1);
  });
});

describe('PATCH /api/introductions/:id', () => {
  it('follows proposed → made → (both sides say yes) accepted → collaborating, stamping each step', async () => {
    const { body: created } = await propose({ to: other });
    const made = await api.patch(`/api/introductions/${created.id}`, { status: 'made', by: pal });
    expect(made.body).toMatchObject({ status: 'made', madeAt: expect.any(String) });
    const firstYes = await api.post(`/api/introductions/${created.id}/answer`, { answer: 'yes', by: seeker });
    expect(firstYes.body).toMatchObject({ status: 'made', answers: { from: { answer: 'yes' }, to: { answer: null } }, acceptedAt: null });
    const secondYes = await api.post(`/api/introductions/${created.id}/answer`, { answer: 'yes', by: other });
    expect(secondYes.body).toMatchObject({ status: 'accepted', acceptedAt: expect.any(String) });
    const collaborating = await api.patch(`/api/introductions/${created.id}`, { status: 'collaborating', by: pal });
    expect(collaborating.body).toMatchObject({ status: 'collaborating', collaboratingAt: expect.any(String) });
  });

  it('refuses an illegal move with a 409 and changes nothing', async () => {
    const { body: created } = await propose();
    const skipped = await api.patch(`/api/introductions/${created.id}`, { status: 'accepted', by: expert, comment: 'should not stick' });
    expect(skipped.status).toBe(409);
    expect(skipped.body.error).toMatchObject({ code: 'answered_by_each_side', field: 'status' });
    const backwards = await api.patch(`/api/introductions/${created.id}`, { status: 'collaborating', by: pal });
    expect(backwards.body.error).toMatchObject({ code: 'illegal_transition', field: 'status' });
    expect(backwards.body.error.message).toMatch(/proposed; it can only become made or declined or lapsed/);
    const after = await api.get(`/api/introductions/${created.id}`);
    expect(after.body).toMatchObject({ status: 'proposed', comments: [], acceptedAt: null });
  });

  it('keeps a declined introduction declined', async () => {
    const { body: created } = await propose();
    await api.patch(`/api/introductions/${created.id}`, { status: 'made', by: pal });
    expect((await api.post(`/api/introductions/${created.id}/answer`, { answer: 'no', reason: 'Not now', by: created.to.id })).body).toMatchObject({
      status: 'declined',
      answers: { to: { answer: 'no', reason: 'Not now' } },
    });
    const lateYes = await api.post(`/api/introductions/${created.id}/answer`, { answer: 'yes', by: seeker });
    expect(lateYes.status).toBe(409);
    expect(lateYes.body.error.code).toBe('not_waiting');
    const reopened = await api.patch(`/api/introductions/${created.id}`, { status: 'accepted', by: expert });
    expect(reopened.status).toBe(409);
    expect(reopened.body.error.message).toMatch(/both sides have said yes/);
    expect((await api.patch(`/api/introductions/${created.id}`, { status: 'lapsed', by: pal })).body.error.message).toMatch(/cannot change any more/);
  });

  it('answers 404 for an unknown introduction and 400 for an unknown status', async () => {
    expect((await api.patch(`/api/introductions/${fx.id('nope')}`, { status: 'made', by: pal })).status).toBe(404);
    const { body: created } = await propose();
    const bad = await api.patch(`/api/introductions/${created.id}`, { status: 'married', by: pal });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('status');
  });
});

describe('every move', () => {
  const statuses = ['proposed', 'made', 'accepted', 'declined', 'collaborating', 'lapsed'] as const;
  // By hand (PATCH): an asked introduction is accepted or declined only by its sides' answers.
  const legal: Record<string, string[]> = {
    proposed: ['made', 'declined', 'lapsed'],
    made: ['lapsed'],
    accepted: ['collaborating', 'lapsed'],
    declined: [],
    collaborating: [],
    lapsed: [],
  };
  const illegal = statuses.flatMap((from) => statuses.filter((to) => !legal[from]!.includes(to)).map((to) => [from, to] as const));

  it.each(illegal)('refuses %s → %s with a 409, changing nothing', async (from, to) => {
    const seeded = await fx.introduction(`move-${from}-${to}`, { introducer: pal, from: seeker, to: other, status: from });
    const response = await api.patch(`/api/introductions/${seeded}`, { status: to, by: pal });
    expect(response.status).toBe(409);
    expect((await api.get(`/api/introductions/${seeded}`)).body.status).toBe(from);
  });

  it('records who took each step and when, including a lapse', async () => {
    const { body: created } = await propose();
    await api.patch(`/api/introductions/${created.id}`, { status: 'made', by: pal });
    const lapsed = await api.patch(`/api/introductions/${created.id}`, { status: 'lapsed', by: pal, comment: 'No reply in a month' });
    expect(lapsed.body.status).toBe('lapsed');
    expect(lapsed.body.history.map((step: any) => [step.status, step.by?.id])).toEqual([
      ['proposed', pal],
      ['made', pal],
      ['lapsed', pal],
    ]);
    expect(lapsed.body.history.every((step: any) => Date.parse(step.at) > Date.now() - 60_000)).toBe(true);
  });

  it('wants to know who takes a step', async () => {
    const { body: created } = await propose();
    const missing = await api.patch(`/api/introductions/${created.id}`, { status: 'made' });
    expect(missing.body.error.field).toBe('by');
    const unknown = await api.patch(`/api/introductions/${created.id}`, { status: 'made', by: fx.id('stranger') });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('by');
  });
});

describe("a PAL's pipeline", () => {
  it('groups their introductions by status and flags those waiting too long', async () => {
    const curator = await fx.partner('curator');
    const old = await fx.introduction('old-one', {
      introducer: curator,
      from: seeker,
      to: expert,
      status: 'made',
      proposedAt: '2025-01-01T09:00:00.000Z',
      madeAt: '2025-01-03T09:00:00.000Z',
    });
    const done = await fx.introduction('done-one', {
      introducer: curator,
      from: other,
      to: expert,
      status: 'collaborating',
      proposedAt: '2025-01-01T09:00:00.000Z',
      madeAt: '2025-01-02T09:00:00.000Z',
      acceptedAt: '2025-01-03T09:00:00.000Z',
      collaboratingAt: '2025-01-04T09:00:00.000Z',
    });
    const newcomer = await fx.partner('pipeline-newcomer', { area: areaId });
    const fresh = (await api.post('/api/introductions', { introducer: curator, from: newcomer, to: seeker, reason: 'Fresh' })).body.id;
    const { status, body } = await api.get(`/api/pals/${curator}/introductions/pipeline?staleAfterDays=30`);
    expect(status).toBe(200);
    expect(body.columns.made.map((item: any) => [item.id, item.stale])).toEqual([[old, true]]);
    expect(body.columns.made[0].waitingDays).toBeGreaterThan(300);
    expect(body.columns.proposed.map((item: any) => [item.id, item.stale])).toEqual([[fresh, false]]);
    expect(body.columns.collaborating.map((item: any) => [item.id, item.stale])).toEqual([[done, false]]);
    expect(body.staleCount).toBe(1);
    expect((await api.get(`/api/pals/${curator}/introductions/pipeline?staleAfterDays=0`)).body.error.field).toBe('staleAfterDays');
  });
});

describe('GET /api/introductions', () => {
  it('filters by introducer, by partner on either side and by status', async () => {
    const outsider = await fx.partner('outsider');
    const seeded = await fx.introduction('old', { introducer: outsider, from: other, to: expert, status: 'declined' });
    const byPal = await api.get(`/api/introductions?pal=${pal}&limit=200`);
    expect(byPal.body.items.length).toBeGreaterThan(0);
    expect(byPal.body.items.every((item: { introducer: { id: string } }) => item.introducer.id === pal)).toBe(true);
    const byPartner = await api.get(`/api/introductions?partner=${expert}&status=declined`);
    expect(byPartner.body.items.map((item: { id: string }) => item.id)).toContain(seeded);
    expect(byPartner.body.items.every((item: { status: string }) => item.status === 'declined')).toBe(true);
  });

  it('refuses an unknown status filter', async () => {
    const response = await api.get('/api/introductions?status=pending');
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('status');
  });
});

describe("the introducer's private note and everyone's comments", () => {
  it('keeps the private note from the partners and other PALs, and adds comments without overwriting anything', async () => {
    const sideId = await fx.partner('note-side-partner', { area: areaId });
    const { body: created } = await propose({ to: sideId, privateNote: 'Seeker is slow to pay; keep an eye on it' });
    const palClient = await signIn(await fx.user('note-pal', 'pal', pal));
    const side = await signIn(await fx.user('note-side', 'partner', sideId));
    const otherPal = await fx.partner('note-other-pal', { area: await fx.area('note-other-area') });
    await fx.pal(otherPal, fx.id('note-other-area'));
    const otherPalClient = await signIn(await fx.user('note-other-pal', 'pal', otherPal));

    expect((await palClient.patch(`/api/introductions/${created.id}`, { status: 'made', comment: 'You two should talk about the migration' })).status).toBe(
      200,
    );
    expect((await palClient.get(`/api/introductions/${created.id}`)).body.privateNote).toBe('Seeker is slow to pay; keep an eye on it');
    for (const reader of [side, otherPalClient]) {
      const read = await reader.get(`/api/introductions/${created.id}`);
      expect(read.status).toBe(200);
      expect(read.body.privateNote).toBeNull();
      expect(JSON.stringify(read.body)).not.toContain('slow to pay');
    }
    const listed = await side.get(`/api/introductions?partner=${sideId}`);
    expect(JSON.stringify(listed.body)).not.toContain('slow to pay');

    // A partner cannot touch the note, and the refused step changes nothing.
    const overwrite = await side.patch(`/api/introductions/${created.id}`, { status: 'collaborating', privateNote: 'all fine' });
    expect(overwrite.status).toBe(403);
    expect(overwrite.body.error.field).toBe('privateNote');
    expect((await api.get(`/api/introductions/${created.id}`)).body).toMatchObject({ status: 'made', privateNote: 'Seeker is slow to pay; keep an eye on it' });

    const answered = await side.post(`/api/introductions/${created.id}/answer`, { answer: 'yes', message: 'Happy to, I will e-mail them' });
    expect(answered.status).toBe(200);
    expect(answered.body.answers.to).toMatchObject({ answer: 'yes', message: 'Happy to, I will e-mail them' });
    expect(answered.body.comments.map((comment: { text: string; by: { id: string } }) => [comment.by.id, comment.text])).toEqual([
      [pal, 'You two should talk about the migration'],
    ]);
    expect((await api.get(`/api/introductions/${created.id}`)).body.privateNote).toBe('Seeker is slow to pay; keep an eye on it');
  });
});

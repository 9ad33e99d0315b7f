import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

/**
 * Two areas. North's PAL is the Office 365 expert; South's PAL is the security expert.
 * A South partner's Office 365 question goes to the North PAL; a security or unclaimed question
 * stays with the South PAL.
 */
const { db, fx, api } = apiSuite();
const id = fx.id;

beforeAll(async () => {
  const north = await fx.area('north');
  const south = await fx.area('south');
  const o365 = await fx.specialty('o365');
  const security = await fx.specialty('security');
  await fx.specialty('printing');
  await fx.partner('north-pal', { area: north });
  await fx.pal(id('north-pal'), north, [o365]);
  await fx.partner('south-pal', { area: south });
  await fx.pal(id('south-pal'), south, [security]);
  await fx.partner('asker', { area: south });
  await fx.partner('plain', { area: south });
});

const ask = (specialty: string, text = 'How do we migrate 40 mailboxes?') => api.post('/api/queries', { partner: id('asker'), specialty: id(specialty), text });

describe('POST /api/queries', () => {
  it("routes a question to the specialty's expert PAL, even in another area", async () => {
    const { status, body } = await ask('o365');
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'open', asker: { id: id('asker') }, specialty: { id: id('o365') }, assignee: { id: id('north-pal') } });
    expect(body.hops).toEqual([
      expect.objectContaining({ hop: 0, to: { id: id('north-pal'), name: expect.any(String) }, by: null, note: expect.stringMatching(/expert/) }),
    ]);
  });

  it("routes to the partner's area PAL when nobody is expert in it", async () => {
    const { body } = await ask('printing');
    expect(body.assignee.id).toBe(id('south-pal'));
    expect(body.hops[0].note).toMatch(/area's PAL/);
  });

  it('refuses bad input naming the field, and unknown ids with a 404', async () => {
    expect((await api.post('/api/queries', { partner: id('asker'), specialty: id('o365'), text: '' })).body.error.field).toBe('text');
    const unknown = await ask('alchemy');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.field).toBe('specialty');
  });
});

describe('forwarding and answering', () => {
  it('keeps every hop, and only the PAL holding an open question may move it', async () => {
    const { body: asked } = await ask('printing', 'Who does managed print near us?');
    const wrongHolder = await api.post(`/api/queries/${asked.id}/forward`, { by: id('north-pal'), to: id('south-pal') });
    expect(wrongHolder.status).toBe(409);
    expect(wrongHolder.body.error.code).toBe('not_assignee');
    const notAPal = await api.post(`/api/queries/${asked.id}/forward`, { by: id('south-pal'), to: id('plain') });
    expect(notAPal.status).toBe(400);
    expect(notAPal.body.error.field).toBe('to');

    const forwarded = await api.post(`/api/queries/${asked.id}/forward`, { by: id('south-pal'), to: id('north-pal'), note: 'Priya knows print vendors' });
    expect(forwarded.status).toBe(200);
    expect(forwarded.body.assignee.id).toBe(id('north-pal'));
    expect(forwarded.body.hops.map((hop: any) => [hop.hop, hop.to.id, hop.by?.id ?? null, hop.note])).toEqual([
      [0, id('south-pal'), null, expect.any(String)],
      [1, id('north-pal'), id('south-pal'), 'Priya knows print vendors'],
    ]);

    expect((await api.post(`/api/queries/${asked.id}/answer`, { by: id('south-pal'), answer: 'x' })).status).toBe(409);
    const answered = await api.post(`/api/queries/${asked.id}/answer`, { by: id('north-pal'), answer: 'Try Bluebell Print.' });
    expect(answered.body).toMatchObject({ status: 'answered', answer: 'Try Bluebell Print.', answeredBy: { id: id('north-pal') } });
    const again = await api.post(`/api/queries/${asked.id}/answer`, { by: id('north-pal'), answer: 'Again' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('question_closed');
    expect((await api.get(`/api/queries/${asked.id}`)).body.answer).toBe('Try Bluebell Print.');
    // The locks these moves took (refused ones included) leave nothing in the data.
    const [stored] = await db.read('MATCH (q:Question {id: $id}) RETURN keys(q) AS keys', { id: asked.id });
    expect(stored!.keys).not.toEqual(expect.arrayContaining([expect.stringMatching(/revision|locked/i)]));
  });

  it("sorts a PAL's inbox into open, forwarded to them, answered, and forwarded by them", async () => {
    const { body: direct } = await ask('o365', 'Direct question');
    const { body: viaSouth } = await ask('printing', 'Forwarded question');
    await api.post(`/api/queries/${viaSouth.id}/forward`, { by: id('south-pal'), to: id('north-pal') });
    const { body } = await api.get(`/api/pals/${id('north-pal')}/queries`);
    const ids = (list: any[]) => list.map((question) => question.id);
    expect(ids(body.open)).toContain(direct.id);
    expect(ids(body.open)).not.toContain(viaSouth.id);
    expect(ids(body.forwardedToMe)).toContain(viaSouth.id);
    expect(body.answered.every((query: any) => query.status === 'answered')).toBe(true);
    // The forwarding PAL keeps it in sight, with where it went and why.
    const { body: south } = await api.get(`/api/pals/${id('south-pal')}/questions`);
    const forwarded = south.forwardedByMe.find((question: any) => question.id === viaSouth.id);
    expect(forwarded).toMatchObject({ status: 'open', assignee: { id: id('north-pal') } });
    expect(ids(south.open)).not.toContain(viaSouth.id);
    expect(ids(body.forwardedByMe)).not.toContain(viaSouth.id);
    expect((await api.get(`/api/pals/${id('plain')}/queries`)).status).toBe(400);
    expect((await api.get(`/api/pals/${id('nobody')}/queries`)).status).toBe(404);
  });

  it('answers 404 for an unknown question', async () => {
    expect((await api.post(`/api/queries/${id('nope')}/answer`, { by: id('north-pal'), answer: 'x' })).status).toBe(404);
  });
});

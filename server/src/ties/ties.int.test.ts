import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { ApiClient } from '../../../test/support/http';
import { TIE_REQUESTS_PER_DAY } from '../contracts/ties';

const { fx, api, signIn, db } = apiSuite();
let ann: string;
let bob: string;

beforeAll(async () => {
  const area = await fx.area();
  ann = await fx.partner('ann', { area });
  bob = await fx.partner('bob', { area });
});

const knowsCount = async (id: string) => (await api.get(`/api/partners/${id}`)).body.knowsCount;

describe('POST /api/relationships', () => {
  it('records a tie once, and refuses the same tie either way round with a 409', async () => {
    const created = await api.post('/api/relationships', { from: ann, to: bob, since: '2022-03-04', strength: 4 });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ from: ann, to: bob, since: '2022-03-04', strength: 4 });
    const reversed = await api.post('/api/relationships', { from: bob, to: ann });
    expect(reversed.status).toBe(409);
    expect(reversed.body.error.code).toBe('tie_exists');
    expect(await knowsCount(ann)).toBe(1);
  });

  it('makes one tie when the same pair is sent several times at once', async () => {
    const dan = await fx.partner('dan');
    const eve = await fx.partner('eve');
    const statuses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api.post('/api/relationships', i % 2 ? { from: dan, to: eve } : { from: eve, to: dan }).then((response) => response.status),
      ),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    expect(await knowsCount(dan)).toBe(1);
  });

  it.each([
    ['to', () => ({ from: ann, to: ann })],
    ['strength', () => ({ from: ann, to: bob, strength: 9 })],
    ['since', () => ({ from: ann, to: bob, since: 'yesterday' })],
    ['from', () => ({ to: bob })],
  ])('refuses a bad %s with a 400 naming it', async (field, body) => {
    const response = await api.post('/api/relationships', body());
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it('answers 404 naming the side that does not exist', async () => {
    const response = await api.post('/api/relationships', { from: ann, to: fx.id('nobody') });
    expect(response.status).toBe(404);
    expect(response.body.error.field).toBe('to');
  });
});

describe('DELETE /api/relationships', () => {
  it('removes the tie whichever way round it is named, then answers 404', async () => {
    const carl = await fx.partner('carl');
    await fx.ties([[ann, carl]]);
    expect((await api.delete(`/api/relationships?from=${carl}&to=${ann}`)).status).toBe(204);
    expect(await knowsCount(carl)).toBe(0);
    expect((await api.delete(`/api/relationships?from=${carl}&to=${ann}`)).status).toBe(404);
  });

  it('refuses a missing end with a 400', async () => {
    const response = await api.delete(`/api/relationships?from=${ann}`);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('to');
  });
});

describe('tie requests between partners', () => {
  let carol: string;
  let dave: string;
  let carolClient: ApiClient;
  let daveClient: ApiClient;
  beforeAll(async () => {
    carol = await fx.partner('carol');
    dave = await fx.partner('dave');
    carolClient = await signIn(await fx.user('carol', 'partner', carol));
    daveClient = await signIn(await fx.user('dave', 'partner', dave));
  });

  const neighbours = async (client: ApiClient, partner: string) => (await client.get(`/api/graph/neighborhood/${partner}`)).body.totals.partners as number;

  it('a partner cannot record a tie outright, nor with a date or strength of their choosing', async () => {
    const direct = await carolClient.post('/api/ties', { from: carol, to: dave, since: '2001-01-01', strength: 5 });
    expect(direct.status).toBe(403);
    expect(await knowsCount(carol)).toBe(0);
  });

  it('a request is not a tie: no read uses it until the other side confirms', async () => {
    const asked = await carolClient.post('/api/tie-requests', { to: dave });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ from: { id: carol }, to: { id: dave }, answer: null });
    expect(await knowsCount(carol)).toBe(0);
    expect(await neighbours(carolClient, carol)).toBe(1);

    const again = await carolClient.post('/api/tie-requests', { to: dave });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_requested');
    const reverse = await daveClient.post('/api/tie-requests', { to: carol });
    expect(reverse.body.error.code).toBe('already_requested');

    // Carol cannot confirm her own request; Dave sees it waiting and confirms it.
    expect((await carolClient.patch(`/api/tie-requests/${asked.body.id}`, { answer: 'accepted' })).status).toBe(403);
    const waiting = await daveClient.get(`/api/partners/${dave}/tie-requests`);
    expect(waiting.body.incoming.map((request: { id: string }) => request.id)).toEqual([asked.body.id]);
    expect((await carolClient.get(`/api/partners/${carol}/tie-requests`)).body.outgoing).toHaveLength(1);

    const confirmed = await daveClient.patch(`/api/tie-requests/${asked.body.id}`, { answer: 'accepted' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ answer: 'accepted', answeredAt: expect.any(String) });
    expect(await knowsCount(carol)).toBe(1);
    expect(await neighbours(carolClient, carol)).toBe(2);
    expect((await daveClient.patch(`/api/tie-requests/${asked.body.id}`, { answer: 'declined' })).body.error.code).toBe('already_answered');
    expect((await daveClient.get(`/api/partners/${dave}/tie-requests`)).body.incoming).toEqual([]);
  });

  it('a declined request makes no tie', async () => {
    const erin = await fx.partner('erin');
    const asked = await carolClient.post('/api/tie-requests', { to: erin });
    expect((await api.patch(`/api/tie-requests/${asked.body.id}`, { answer: 'declined' })).status).toBe(200);
    expect(await knowsCount(erin)).toBe(0);
  });

  it('the same request sent several times at once is recorded once', async () => {
    const frank = await fx.partner('frank');
    const statuses = await Promise.all(
      Array.from({ length: 5 }, () => carolClient.post('/api/tie-requests', { to: frank }).then((response) => response.status)),
    );
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409]);
  });

  it(`caps requests at ${TIE_REQUESTS_PER_DAY} a day per partner, and a refused request writes nothing`, async () => {
    const busy = await fx.partner('busy');
    const busyClient = await signIn(await fx.user('busy', 'partner', busy));
    const statuses: number[] = [];
    for (let i = 0; i <= TIE_REQUESTS_PER_DAY; i++) statuses.push((await busyClient.post('/api/tie-requests', { to: await fx.partner(`target-${i}`) })).status);
    expect(statuses.slice(0, TIE_REQUESTS_PER_DAY).every((status) => status === 201)).toBe(true);
    const refused = await busyClient.post('/api/tie-requests', { to: await fx.partner('one-too-many') });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_requests');
    const [row] = await db.read('MATCH (p:Partner {id: $id}) RETURN keys(p) AS keys, COUNT { (p)-[:ASKS_TIE]->() } AS asked', { id: busy });
    expect(row?.asked).toBe(TIE_REQUESTS_PER_DAY);
    expect(row?.keys).not.toContain('lockedForTie');
  });
});

describe('a refused tie', () => {
  it('leaves no lock bookkeeping on either partner', async () => {
    const [row] = await db.read('MATCH (p:Partner) WHERE p.id IN $ids RETURN collect(keys(p)) AS keys', { ids: [ann, bob] });
    expect(JSON.stringify(row?.keys)).not.toMatch(/Revision|locked/i);
  });
});

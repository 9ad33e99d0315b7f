import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

const { fx, api } = apiSuite();
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

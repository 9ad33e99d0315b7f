import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import type { ApiClient } from '../../../test/support/http';
import { idempotencyRepository } from './repository';
import { defaultIdempotencySettings, idempotencyService } from './service';

/** A partner asks questions (a create) with an Idempotency-Key; the area's PAL answers them. */
const { db, fx, api, signIn } = apiSuite();
const id = fx.id;
let asker: ApiClient;
let other: ApiClient;

beforeAll(async () => {
  const area = await fx.area('idem');
  await fx.specialty('idem-topic');
  await fx.partner('idem-pal', { area });
  await fx.pal(id('idem-pal'), area);
  asker = await signIn(await fx.user('idem-asker', 'partner', await fx.partner('idem-asker', { area })));
  other = await signIn(await fx.user('idem-other', 'partner', await fx.partner('idem-other', { area })));
});

const question = (text: string) => ({ specialty: id('idem-topic'), text });
const ask = (client: ApiClient, key: string, text: string) => client.request('POST', '/api/questions', question(text), { headers: { 'Idempotency-Key': key } });
const questionsWith = async (partner: string, text: string) =>
  (await api.get(`/api/partners/${partner}/questions?limit=200`)).body.items.filter((item: { text: string }) => item.text === text).length;

describe('Idempotency-Key on a create', () => {
  it('replays the first answer to a retry with the same key and creates nothing more', async () => {
    const key = crypto.randomUUID();
    const first = await ask(asker, key, 'Who knows retried requests?');
    const retry = await ask(asker, key, 'Who knows retried requests?');
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await questionsWith(id('idem-asker'), 'Who knows retried requests?')).toBe(1);
  });

  it('makes one thing of twenty identical requests sent at once, all answered alike', async () => {
    const key = crypto.randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => ask(asker, key, 'Sent twenty times at once')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(await questionsWith(id('idem-asker'), 'Sent twenty times at once')).toBe(1);
  });

  it('refuses the same key with another body (422 naming the header), and creates nothing', async () => {
    const key = crypto.randomUUID();
    expect((await ask(asker, key, 'The first wording')).status).toBe(201);
    const changed = await ask(asker, key, 'Another wording');
    expect(changed.status).toBe(422);
    expect(changed.body.error).toMatchObject({ code: 'idempotency_key_reused', field: 'Idempotency-Key' });
    expect(await questionsWith(id('idem-asker'), 'Another wording')).toBe(0);
  });

  it("keeps one person's key apart from another's", async () => {
    const key = crypto.randomUUID();
    const mine = await ask(asker, key, 'Same key, two people');
    const theirs = await ask(other, key, 'Same key, two people');
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(mine.body.id);
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
  });

  it('lets a refused request go, so that its retry runs afresh', async () => {
    const key = crypto.randomUUID();
    const refused = await asker.request(
      'POST',
      '/api/questions',
      { specialty: 'no-such-specialty', text: 'Refused first' },
      { headers: { 'Idempotency-Key': key } },
    );
    expect(refused.status).toBe(404);
    const again = await asker.request(
      'POST',
      '/api/questions',
      { specialty: 'no-such-specialty', text: 'Refused first' },
      { headers: { 'Idempotency-Key': key } },
    );
    expect(again.status).toBe(404);
    expect(again.headers.get('idempotent-replayed')).toBeNull();
  });

  it('refuses a malformed key with a 400 naming the header', async () => {
    const { status, body } = await ask(asker, 'x'.repeat(300), 'A key too long');
    expect(status).toBe(400);
    expect(body.error.field).toBe('Idempotency-Key');
    expect(await questionsWith(id('idem-asker'), 'A key too long')).toBe(0);
  });

  it('never appears in the export', async () => {
    const { body } = await api.get('/api/admin/export');
    expect(JSON.stringify(body)).not.toContain('IdempotentRequest');
  });
});

describe('a remembered answer', () => {
  it('is forgotten after its time, and then the key runs afresh', async () => {
    const service = idempotencyService(idempotencyRepository(db), { ...defaultIdempotencySettings, rememberMs: 200 });
    const scope = { actorId: id('idem-asker'), route: 'POST /test', path: '/test' };
    const first = await service.begin(scope, 'short-lived', { a: 1 });
    expect(first.kind).toBe('first');
    if (first.kind === 'first') await first.answered(201, { made: 1 });
    expect(await service.begin(scope, 'short-lived', { a: 1 })).toEqual({ kind: 'replay', status: 201, body: { made: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await service.begin(scope, 'short-lived', { a: 1 })).kind).toBe('first');
    await service.sweep();
  });
});

import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/support/database';
import { createFixture } from '../../../test/support/fixture';
import { startTestApp, type TestApp } from '../../../test/support/http';
import { createLogger } from '../logger';

const db = testDatabase();
const fx = createFixture(db);
const lines: string[] = [];
let app: TestApp;

beforeAll(async () => {
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  app = await startTestApp(db, { logger: createLogger('info', capture) });
});
afterAll(async () => {
  await fx.cleanup();
  await app.close();
  await db.close();
});

describe('request logs', () => {
  it('never contain the session cookie, the CSRF token or Set-Cookie, of a sign-in or of a signed-in request', async () => {
    const partner = await fx.partner('logged');
    const user = await fx.user('logged', 'partner', partner);
    const client = await app.signIn(user);
    const response = await client.post('/api/questions', { text: 'Who knows Kubernetes well?', specialty: 'sp-none' });
    expect(response.status).toBeGreaterThanOrEqual(200);
    await client.get('/api/auth/session');

    const log = lines.join('\n');
    expect(client.sessionToken).toBeTruthy();
    expect(client.csrfToken).toBeTruthy();
    expect(log).not.toContain(client.sessionToken);
    expect(log).not.toContain(client.csrfToken);
    expect(log).not.toContain(user.password);
    expect(log.toLowerCase()).not.toContain('set-cookie');
    expect(log.toLowerCase()).not.toContain('"cookie"');
  });

  it('give method, path, status, duration, request id, actor and address, and return the request id', async () => {
    const adminUser = await fx.user('logged-admin', 'admin');
    const admin = await app.signIn(adminUser);
    lines.length = 0;
    const response = await admin.request('GET', '/api/partners?limit=1&q=secret-search');
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const entry = lines.map((line) => JSON.parse(line)).find((line) => line.req?.id === requestId);
    expect(entry).toMatchObject({
      req: { method: 'GET', path: '/api/partners' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
      actor: adminUser.id,
    });
    expect(entry.req.remoteAddress).toBeTruthy();
    expect(Object.keys(entry.req).sort()).toEqual(['id', 'method', 'path', 'remoteAddress']);
    expect(JSON.stringify(entry)).not.toContain('secret-search');
  });
});

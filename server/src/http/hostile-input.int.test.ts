import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import { testDatabase } from '../../../test/support/database';
import { startTestApp, type TestApp } from '../../../test/support/http';

const { fx, api } = apiSuite();
let partner: string;

beforeAll(async () => {
  partner = await fx.partner('hostile', { area: await fx.area('hostile-area') });
});

/** A write as the suite's admin with raw headers and body, as a hostile client would send it. */
const rawWrite = (path: string, body: string, headers: Record<string, string>) =>
  fetch(`${api.url}${path}`, {
    method: 'PATCH',
    headers: { cookie: `pg_session=${api.sessionToken}`, 'x-csrf-token': api.csrfToken!, ...headers },
    body,
  });

const companyOf = async () => (await api.get(`/api/partners/${partner}`)).body.company;

describe('hostile input is answered with a 4xx and a stable code, never a 500', () => {
  it('a malformed %-escape in a path parameter', async () => {
    const signedIn = await api.get('/api/partners/%E0%A4%A');
    expect([signedIn.status, signedIn.body.error.code]).toEqual([400, 'unreadable_request']);
    const anonymous = await fetch(`${api.url}/api/partners/%E0%A4%A`);
    expect(anonymous.status).toBeGreaterThanOrEqual(400);
    expect(anonymous.status).toBeLessThan(500);
  });

  it('a Content-Encoding the body does not have, or one nobody knows, or a charset other than UTF-8; nothing changes', async () => {
    const before = await companyOf();
    const body = JSON.stringify({ company: 'Encoded Ltd' });
    const cases: [Record<string, string>, number][] = [
      [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, 400],
      [{ 'content-type': 'application/json', 'content-encoding': 'deflate' }, 400],
      [{ 'content-type': 'application/json', 'content-encoding': 'br' }, 400],
      [{ 'content-type': 'application/json', 'content-encoding': 'compress' }, 415],
      [{ 'content-type': 'application/json; charset=latin1' }, 415],
    ];
    for (const [headers, status] of cases) {
      const response = await rawWrite(`/api/partners/${partner}`, body, headers);
      const answer = (await response.json()) as { error: { code: string } };
      expect([response.status, typeof answer.error.code], JSON.stringify(headers)).toEqual([status, 'string']);
    }
    expect(await companyOf()).toBe(before);
  });

  it('a forged cursor whose offset overflows', async () => {
    const { status, body } = await api.get('/api/partners?cursor=eyJvIjoxZTMwMH0');
    expect([status, body.error.field]).toEqual([400, 'cursor']);
  });

  it('text that is not well-formed (a lone surrogate), refused naming the field, nothing stored', async () => {
    const before = await companyOf();
    const response = await rawWrite(`/api/partners/${partner}`, '{"company":"\\ud800x"}', { 'content-type': 'application/json' });
    const answer = (await response.json()) as { error: { field: string } };
    expect([response.status, answer.error.field]).toEqual([400, 'company']);
    expect(await companyOf()).toBe(before);
    // A real emoji (a surrogate pair) is fine.
    expect((await api.patch(`/api/partners/${partner}`, { company: 'Rocket 🚀 Ltd' })).body.company).toBe('Rocket 🚀 Ltd');
  });
});

describe('slow clients', () => {
  const db = testDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db, { timeouts: { headersSeconds: 1, requestSeconds: 1 } });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('are cut off when the body never arrives, with a 408', async () => {
    const { port } = new URL(app.url);
    const started = performance.now();
    const answer = await new Promise<string>((resolve) => {
      let received = '';
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":');
      });
      socket.on('data', (chunk) => {
        received += chunk.toString();
      });
      socket.on('close', () => resolve(received));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('shutting down', () => {
  const db = testDatabase();
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db);
  });
  afterAll(async () => {
    await db.close();
  });

  it('finishes a request under way, takes no new ones, and then stops', async () => {
    const { port } = new URL(app.url);
    const body = JSON.stringify({ email: 'nobody@example.com', password: 'not a password' });
    let received = '';
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.on('data', (chunk) => {
      received += chunk.toString();
    });
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    // Half the request is in when the shutdown starts…
    socket.write(`POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const drained = app.drain(5000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // …no new connection is taken…
    await expect(fetch(`${app.url}/api/status`)).rejects.toThrow();
    // …and the one under way still gets its answer.
    socket.write(body.slice(10));
    expect(await drained).toBe(true);
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 401/);
  });
});

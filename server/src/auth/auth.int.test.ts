import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import { testDatabase } from '../../../test/support/database';
import { createFixture } from '../../../test/support/fixture';
import { apiClient, startTestApp, type TestApp } from '../../../test/support/http';

const { fx, api, signIn, anonymous } = apiSuite();
const id = fx.id;
let partnerId: string;

beforeAll(async () => {
  const area = await fx.area('north');
  partnerId = await fx.partner('someone', { area });
});

const cookieOf = (headers: Headers) => headers.getSetCookie().find((line) => line.startsWith('pg_session=')) ?? '';

describe('signing in', () => {
  it('starts a session in an httpOnly, SameSite=Lax cookie and returns who you are with a CSRF token', async () => {
    const account = await fx.user('signin', 'partner', partnerId);
    const { status, body, headers } = await anonymous().post('/api/auth/login', { email: account.email.toUpperCase(), password: account.password });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      user: { email: account.email, role: 'partner', partner: { id: partnerId } },
      csrfToken: expect.any(String),
      expiresAt: expect.any(String),
    });
    const cookie = cookieOf(headers);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(JSON.stringify(body)).not.toMatch(/argon2|passwordHash/);
  });

  it('answers a wrong password and an unknown email with the same 401', async () => {
    const account = await fx.user('wrong', 'partner', partnerId);
    const wrong = await anonymous().post('/api/auth/login', { email: account.email, password: 'not the password' });
    const unknown = await anonymous().post('/api/auth/login', { email: `${id('nobody')}@accounts.example`, password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('gives a new session id at sign-in, so a planted one is worthless (no fixation)', async () => {
    const account = await fx.user('fixation', 'partner', partnerId);
    const victim = await signIn(account);
    const planted = victim.sessionToken!;
    const again = await victim.post('/api/auth/login', { email: account.email, password: account.password });
    expect(again.status).toBe(200);
    expect(victim.sessionToken).not.toBe(planted);
    const withPlanted = apiClient(api.url, { token: planted, csrf: null });
    expect((await withPlanted.get('/api/auth/me')).status).toBe(401);
    expect((await victim.get('/api/auth/me')).status).toBe(200);
  });

  it('ends the session on the server at sign-out: replaying the old cookie gets 401', async () => {
    const client = await signIn(await fx.user('signout', 'partner', partnerId));
    const token = client.sessionToken!;
    const out = await client.post('/api/auth/logout', undefined);
    expect(out.status).toBe(204);
    expect(cookieOf(out.headers)).toMatch(/pg_session=;/);
    const replay = apiClient(api.url, { token, csrf: null });
    const { status, body } = await replay.get('/api/auth/me');
    expect(status).toBe(401);
    expect(body.error.code).toBe('unauthenticated');
  });

  it('ends every session when the password changes, and only the new password works', async () => {
    const account = await fx.user('change', 'partner', partnerId);
    const laptop = await signIn(account);
    const phone = await signIn(account);
    const weak = await laptop.post('/api/auth/password', { currentPassword: account.password, newPassword: 'short' });
    expect(weak.status).toBe(400);
    expect(weak.body.error.field).toBe('newPassword');
    const changed = await laptop.post('/api/auth/password', { currentPassword: account.password, newPassword: 'a much better passphrase' });
    expect(changed.status).toBe(200);
    expect((await phone.get('/api/auth/me')).status).toBe(401);
    expect((await laptop.get('/api/auth/me')).status).toBe(200);
    expect((await anonymous().post('/api/auth/login', { email: account.email, password: account.password })).status).toBe(401);
    expect((await anonymous().post('/api/auth/login', { email: account.email, password: 'a much better passphrase' })).status).toBe(200);
  });

  it('refuses a common password, or one made from the email, wherever a password is chosen', async () => {
    const account = await fx.user('policy', 'partner', partnerId);
    const client = await signIn(account);
    const localPart = account.email.split('@')[0]!;
    for (const newPassword of ['qwerty123456', 'Password1234!', `my ${localPart} pass`]) {
      const { status, body } = await client.post('/api/auth/password', { currentPassword: account.password, newPassword });
      expect(status, newPassword).toBe(400);
      expect(body.error.field, newPassword).toBe('newPassword');
    }
    // Nothing changed: the old password still signs in.
    expect((await anonymous().post('/api/auth/login', { email: account.email, password: account.password })).status).toBe(200);
    const email = `${id('policy-new')}@accounts.example`;
    const created = await api.post('/api/users', { email, role: 'partner', partner: partnerId, password: 'iloveyou1234' });
    expect([created.status, created.body.error?.field]).toEqual([400, 'password']);
    const invited = await api.post('/api/users', { email, role: 'partner', partner: partnerId });
    const accepted = await anonymous().post('/api/auth/invitations/accept', { token: invited.body.invitationToken, password: 'letmein12345' });
    expect([accepted.status, accepted.body.error?.field]).toEqual([400, 'password']);
    expect((await anonymous().post('/api/auth/invitations/accept', { token: invited.body.invitationToken, password: 'my own passphrase' })).status).toBe(200);
  });

  it('refuses a password change with the wrong current password', async () => {
    const client = await signIn(await fx.user('nochange', 'partner', partnerId));
    const { status, body } = await client.post('/api/auth/password', { currentPassword: 'guess guess guess', newPassword: 'a much better passphrase' });
    expect(status).toBe(403);
    expect(body.error.field).toBe('currentPassword');
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the session’s token, and changes nothing', async () => {
    const pal = await signIn(await fx.user('csrf', 'admin'));
    const missing = await pal.request('PATCH', `/api/partners/${partnerId}`, { company: 'Forged Ltd' }, { csrf: false });
    expect(missing.status).toBe(403);
    expect(missing.body.error).toMatchObject({ code: 'csrf_failed', field: 'x-csrf-token' });
    const wrong = await pal.request('PATCH', `/api/partners/${partnerId}`, { company: 'Forged Ltd' }, { csrf: false, headers: { 'x-csrf-token': 'guessed' } });
    expect(wrong.status).toBe(403);
    expect((await api.get(`/api/partners/${partnerId}`)).body.company).not.toBe('Forged Ltd');
    expect((await pal.patch(`/api/partners/${partnerId}`, { company: 'Real Ltd' })).status).toBe(200);
  });

  it('refuses a form post (not JSON) before it reaches a route', async () => {
    const admin = await signIn(await fx.user('form', 'admin'));
    const { status } = await admin.request('POST', '/api/partners', 'name=x', { headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(status).toBe(415);
  });
});

describe('accounts managed by an admin', () => {
  it('invites a user, who chooses a password with the token once', async () => {
    const email = `${id('invitee')}@accounts.example`;
    const created = await api.post('/api/users', { email, role: 'partner', partner: partnerId });
    expect(created.status).toBe(201);
    const token = created.body.invitationToken as string;
    expect(token.length).toBeGreaterThan(30);
    // The invitation is e-mailed too: one message to that address, with the link and how long it works.
    const outbox = (await api.get('/api/admin/outbox?limit=100')).body.items.filter((mail: { to: string[] }) => mail.to.includes(email));
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ kind: 'invitation', subject: 'You are invited to Partner Graph', status: 'queued' });
    expect(outbox[0].text).toContain(`/#invitation=${token}`);
    expect(outbox[0].text).toContain('The link works for 7 days, once.');
    const accepted = await anonymous().post('/api/auth/invitations/accept', { token, password: 'my own passphrase' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.user.email).toBe(email);
    expect((await anonymous().post('/api/auth/invitations/accept', { token, password: 'another passphrase' })).status).toBe(404);
    expect((await anonymous().post('/api/auth/login', { email, password: 'my own passphrase' })).status).toBe(200);
  });

  it('revokes an invitation nobody accepted: the link stops working, a second revoke finds nothing, an accepted one is refused', async () => {
    const email = `${id('revoked')}@accounts.example`;
    const created = await api.post('/api/users', { email, role: 'partner', partner: partnerId });
    expect(created.body.user.invited).toBe(true);
    const revoked = await api.delete(`/api/users/${created.body.user.id}/invitation`);
    expect(revoked.status).toBe(204);
    const token = created.body.invitationToken as string;
    expect((await anonymous().post('/api/auth/invitations/accept', { token, password: 'my own passphrase' })).status).toBe(404);
    expect((await api.get(`/api/users/${created.body.user.id}`)).status).toBe(404);
    // A doubled request changes nothing more.
    expect((await api.delete(`/api/users/${created.body.user.id}/invitation`)).status).toBe(404);

    const accepted = await api.post('/api/users', { email: `${id('kept')}@accounts.example`, role: 'partner', partner: partnerId });
    await anonymous().post('/api/auth/invitations/accept', { token: accepted.body.invitationToken, password: 'my own passphrase' });
    const refused = await api.delete(`/api/users/${accepted.body.user.id}/invitation`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'invitation_accepted', field: 'id' });
    expect((await api.get(`/api/users/${accepted.body.user.id}`)).body).toMatchObject({ invited: false, disabled: false });
  });

  it('refuses a second account for the same email, and a pal account for a partner who is not a PAL', async () => {
    const email = `${id('twice')}@accounts.example`;
    expect((await api.post('/api/users', { email, role: 'partner', partner: partnerId, password: 'a long enough one' })).status).toBe(201);
    const again = await api.post('/api/users', { email, role: 'partner', partner: partnerId, password: 'a long enough one' });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('email');
    const notPal = await api.post('/api/users', { email: `${id('notpal')}@accounts.example`, role: 'pal', partner: partnerId, password: 'a long enough one' });
    expect(notPal.status).toBe(400);
    expect(notPal.body.error.field).toBe('partner');
  });

  it('disabling a user ends their session at once and refuses their sign-in', async () => {
    const account = await fx.user('disabled', 'partner', partnerId);
    const client = await signIn(account);
    expect((await api.patch(`/api/users/${account.id}`, { disabled: true })).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await anonymous().post('/api/auth/login', { email: account.email, password: account.password })).status).toBe(401);
  });
});

describe('the audit log', () => {
  it('records who changed what, when, with the state before and after; never a password', async () => {
    const account = await fx.user('auditor', 'admin');
    const admin = await signIn(account);
    await admin.patch(`/api/partners/${partnerId}`, { company: 'Audited Ltd' });
    await admin.post('/api/auth/password', { currentPassword: account.password, newPassword: 'another long passphrase' });
    const { status, body } = await api.get(`/api/audit?user=${account.id}`);
    expect(status).toBe(200);
    const patch = body.items.find((entry: { action: string }) => entry.action === 'PATCH /partners/:id');
    expect(patch).toMatchObject({
      actor: { userId: account.id, email: account.email },
      target: { id: partnerId },
      request: { company: 'Audited Ltd' },
      before: { id: partnerId },
      after: { company: 'Audited Ltd' },
    });
    expect(patch.before.company).not.toBe('Audited Ltd');
    expect(Date.now() - Date.parse(patch.at)).toBeLessThan(60_000);
    expect(body.items.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['POST /auth/login', 'POST /auth/password']));
    expect(JSON.stringify(body)).not.toContain('another long passphrase');
    expect(JSON.stringify(body)).not.toContain(account.password);
    // By day: today's entries are in a span that holds today, and none in one that ended yesterday.
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const todays = await api.get(`/api/audit?user=${account.id}&from=${today}&to=${today}`);
    expect(todays.body.items.length).toBe(body.items.length);
    expect((await api.get(`/api/audit?user=${account.id}&to=${yesterday}`)).body.items).toEqual([]);
    expect((await api.get(`/api/audit?from=not-a-day`)).body.error.field).toBe('from');
  });
});

describe('with strict settings', () => {
  const db = testDatabase();
  const strictFx = createFixture(db);
  let app: TestApp;
  let partner: string;
  beforeAll(async () => {
    partner = await strictFx.partner('strict', { area: await strictFx.area('strict-area') });
    app = await startTestApp(db, { auth: { freeFailures: 2, baseDelaySeconds: 600, idleSeconds: 1 }, loginAttemptsPerMinute: 12, trustProxy: 1 });
  });
  afterAll(async () => {
    await strictFx.cleanup();
    await app.close();
    await db.close();
  });

  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });
  const attempt = (email: string, password: string, address = '198.51.100.1') =>
    app.anonymous.request('POST', '/api/auth/login', { email, password }, from(address));

  it('slows down one address guessing one email, answering alike for an existing and an unknown email', async () => {
    const account = await strictFx.user('brute', 'partner', partner);
    const unknown = `${strictFx.id('nobody').toLowerCase()}@accounts.example`;
    for (const email of [account.email, unknown]) {
      const statuses = [(await attempt(email, 'guess 1')).status, (await attempt(email, 'guess 2')).status];
      const third = await attempt(email, email === unknown ? 'guess 3' : account.password);
      expect([...statuses, third.status], email).toEqual([401, 401, 429]);
      expect(third.body.error, email).toMatchObject({ code: 'sign_in_throttled', field: 'email' });
      expect(Number(third.headers.get('retry-after')), email).toBeGreaterThan(500);
    }
    // The owner, signing in from elsewhere, is not kept out.
    expect((await attempt(account.email, account.password, '198.51.100.2')).status).toBe(200);
  });

  it('counts wrong current passwords at a password change like failed sign-ins, so a stolen session cannot guess on', async () => {
    const account = await strictFx.user('oracle', 'partner', partner);
    const client = await app.signIn(account);
    const change = (currentPassword: string) =>
      client.request('POST', '/api/auth/password', { currentPassword, newPassword: 'a brand new passphrase' }, from('198.51.100.7'));
    expect([(await change('guess 1')).status, (await change('guess 2')).status]).toEqual([403, 403]);
    const third = await change(account.password);
    expect(third.status).toBe(429);
    expect(third.body.error.code).toBe('sign_in_throttled');
    // The same count slows down signing in with that email from that address.
    expect((await attempt(account.email, account.password, '198.51.100.7')).status).toBe(429);
    expect((await attempt(account.email, account.password, '198.51.100.8')).status).toBe(200);
  });

  it('answers a wrong password and an unknown email in the same time', async () => {
    const account = await strictFx.user('timing', 'partner', partner);
    const unknown = `${strictFx.id('timing-nobody').toLowerCase()}@accounts.example`;
    const times: Record<'known' | 'unknown', number[]> = { known: [], unknown: [] };
    for (let i = 0; i < 8; i++) {
      for (const kind of ['known', 'unknown'] as const) {
        const started = performance.now();
        const { status } = await attempt(kind === 'known' ? account.email : unknown, `wrong ${i}`, `203.0.113.${i * 2 + (kind === 'known' ? 0 : 1)}`);
        times[kind].push(performance.now() - started);
        expect(status).toBe(401);
      }
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)]!;
    const [known, other] = [median(times.known), median(times.unknown)];
    expect(Math.abs(known - other)).toBeLessThan(Math.max(10, 0.25 * Math.min(known, other)));
  });

  it('records a throttled account in the audit log for admins', async () => {
    const admin = await app.signIn(await strictFx.user('strict-admin', 'admin'));
    const { body } = await admin.get('/api/audit?action=SECURITY%20sign_in_throttled&limit=50');
    expect(body.items.some((entry: { target: { email?: string } | null }) => entry.target?.email?.startsWith(strictFx.id('brute').toLowerCase()))).toBe(true);
  });

  it('ends a session left idle too long', async () => {
    const client = await app.signIn(await strictFx.user('idle', 'partner', partner));
    expect((await client.get('/api/auth/me')).status).toBe(200);
    await sleep(1600);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('marks the cookie Secure when the request came over HTTPS through the proxy', async () => {
    const account = await strictFx.user('https', 'partner', partner);
    const { headers } = await app.anonymous.request(
      'POST',
      '/api/auth/login',
      { email: account.email, password: account.password },
      { headers: { 'x-forwarded-proto': 'https' } },
    );
    const cookie = headers.getSetCookie().find((line) => line.startsWith('__Host-pg_session=')) ?? '';
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Domain=/i);
    expect(cookieOf(headers)).toBe('');
    // Over HTTPS only the __Host- cookie counts: a plain one planted by an http page or a sibling
    // subdomain is not a session.
    const token = /^__Host-pg_session=([^;]+)/.exec(cookie)![1]!;
    const overHttps = (name: string) =>
      app.anonymous.request('GET', '/api/auth/me', undefined, { headers: { 'x-forwarded-proto': 'https', cookie: `${name}=${token}` } });
    expect((await overHttps('__Host-pg_session')).status).toBe(200);
    expect((await overHttps('pg_session')).status).toBe(401);
  });

  it('limits sign-in attempts per address, whatever the account', async () => {
    let last = 0;
    for (let attempt = 0; attempt < 14; attempt++) {
      last = (await app.anonymous.post('/api/auth/login', { email: `nobody${attempt}@example.com`, password: 'guess' })).status;
    }
    expect(last).toBe(429);
  });
});

describe('the absolute session lifetime', () => {
  const db = testDatabase();
  const ownFx = createFixture(db);
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db, { auth: { maxSeconds: 1, idleSeconds: 3600 } });
  });
  afterAll(async () => {
    await ownFx.cleanup();
    await app.close();
    await db.close();
  });

  it('ends a session that long after sign-in, however active it is', async () => {
    const client = await app.signIn(await ownFx.user('absolute', 'partner', await ownFx.partner('absolute', { area: await ownFx.area('absolute-area') })));
    for (let i = 0; i < 3; i++) {
      expect((await client.get('/api/auth/me')).status).toBe(200);
      await sleep(300);
    }
    await sleep(800);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});

describe('two app processes on one database', () => {
  const db = testDatabase();
  const ownFx = createFixture(db);
  let first: TestApp;
  let second: TestApp;
  let partner: string;
  beforeAll(async () => {
    partner = await ownFx.partner('two-apps', { area: await ownFx.area('two-apps-area') });
    [first, second] = await Promise.all([startTestApp(db), startTestApp(db)]);
  });
  afterAll(async () => {
    await ownFx.cleanup();
    await Promise.all([first.close(), second.close()]);
    await db.close();
  });

  /** The same browser session, sent to the second process instead of the first. */
  const onSecond = (client: { sessionToken: string | null; csrfToken: string | null }) =>
    apiClient(second.url, { token: client.sessionToken, csrf: client.csrfToken });

  it('refuses a write at once in the other process after sign-out there, though it read the session a moment ago', async () => {
    const client = await first.signIn(await ownFx.user('two-signout', 'partner', partner));
    const elsewhere = onSecond(client);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout', undefined)).status).toBe(204);
    const write = await elsewhere.patch(`/api/partners/${partner}`, { city: 'Changed after sign-out' });
    expect(write.status).toBe(401);
    expect((await first.anonymous.get(`/api/partners/${partner}`)).status).toBe(401);
    const admin = await first.signIn(await ownFx.user('two-admin', 'admin'));
    expect((await admin.get(`/api/partners/${partner}`)).body.city).not.toBe('Changed after sign-out');
  });

  it('refuses a write at once in the other process after an admin disables the account', async () => {
    const account = await ownFx.user('two-disabled', 'partner', partner);
    const client = await first.signIn(account);
    const elsewhere = onSecond(client);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(200);
    const admin = await first.signIn(await ownFx.user('two-admin-2', 'admin'));
    expect((await admin.patch(`/api/users/${account.id}`, { disabled: true })).status).toBe(200);
    expect((await elsewhere.patch(`/api/partners/${partner}`, { city: 'Changed while disabled' })).status).toBe(401);
  });
});

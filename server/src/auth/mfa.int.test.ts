import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';
import { testDatabase } from '../../../test/support/database';
import { createFixture, USER_PASSWORD } from '../../../test/support/fixture';
import { startTestApp, type TestApp } from '../../../test/support/http';

const { fx, signIn, anonymous } = apiSuite();

/** The code an authenticator app shows `stepsAhead` 30-second steps from now. */
const codeFor = (secret: string, stepsAhead = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

async function turnOnMfa(client: Awaited<ReturnType<typeof signIn>>) {
  const setup = await client.post('/api/auth/mfa/setup', undefined);
  expect(setup.status).toBe(200);
  expect(setup.body.uri).toMatch(/^otpauth:\/\/totp\/Partner%20Graph:/);
  const confirmed = await client.post('/api/auth/mfa/confirm', { code: await codeFor(setup.body.secret) });
  expect(confirmed.status).toBe(200);
  return { secret: setup.body.secret as string, recoveryCodes: confirmed.body.recoveryCodes as string[] };
}

describe('two-step sign-in', () => {
  let partner: string;
  beforeAll(async () => {
    partner = await fx.partner('mfa', { area: await fx.area('mfa-area') });
  });

  it('asks for the code after the right password, accepts each code once, and recovery codes once', async () => {
    const account = await fx.user('mfa-on', 'partner', partner);
    const client = await signIn(account);
    const { secret, recoveryCodes } = await turnOnMfa(client);
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect((await client.get('/api/auth/me')).body.user.mfa).toBe(true);

    const login = (code?: string) => anonymous().post('/api/auth/login', { email: account.email, password: account.password, ...(code ? { code } : {}) });
    const withoutCode = await login();
    expect(withoutCode.status).toBe(401);
    expect(withoutCode.body.error).toMatchObject({ code: 'mfa_required', field: 'code' });
    expect(withoutCode.headers.getSetCookie().some((line) => /pg_session=[^;]/.test(line))).toBe(false);
    expect((await login('000000')).body.error).toMatchObject({ code: 'invalid_code', field: 'code' });
    // The code used to confirm the setup cannot sign in (replay); the next one can, once.
    expect((await login(await codeFor(secret))).status).toBe(401);
    const next = await codeFor(secret, 1);
    expect((await login(next)).status).toBe(200);
    expect((await login(next)).status).toBe(401);
    // A wrong password is refused before any code is asked for.
    expect((await anonymous().post('/api/auth/login', { email: account.email, password: 'not the password', code: next })).body.error.code).toBe(
      'invalid_credentials',
    );
    expect((await login(recoveryCodes[0])).status).toBe(200);
    expect((await login(recoveryCodes[0])).status).toBe(401);
    expect((await login(recoveryCodes[1]!.toUpperCase())).status).toBe(200);
  });

  it('turns off with the password, and not with a wrong one', async () => {
    const account = await fx.user('mfa-off', 'partner', partner);
    const client = await signIn(account);
    await turnOnMfa(client);
    expect((await client.post('/api/auth/mfa/disable', { password: 'not the password' })).status).toBe(403);
    const off = await client.post('/api/auth/mfa/disable', { password: account.password });
    expect(off.status).toBe(200);
    expect(off.body.user.mfa).toBe(false);
    expect((await anonymous().post('/api/auth/login', { email: account.email, password: account.password })).status).toBe(200);
  });

  it('refuses to confirm with a wrong code, and leaves sign-in as it was', async () => {
    const account = await fx.user('mfa-wrong', 'partner', partner);
    const client = await signIn(account);
    await client.post('/api/auth/mfa/setup', undefined);
    const wrong = await client.post('/api/auth/mfa/confirm', { code: '123456' });
    expect([wrong.status, wrong.body.error.field]).toEqual([400, 'code']);
    expect((await client.get('/api/auth/me')).body.user.mfa).toBe(false);
    expect((await anonymous().post('/api/auth/login', { email: account.email, password: account.password })).status).toBe(200);
  });
});

describe('REQUIRE_MFA=admin', () => {
  const db = testDatabase();
  const ownFx = createFixture(db);
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(db, { auth: { requireMfaFor: ['admin'] } });
  });
  afterAll(async () => {
    await ownFx.cleanup();
    await app.close();
    await db.close();
  });

  it('lets an admin without a second factor do nothing but set one up, and not turn it off', async () => {
    const admin = await app.signIn(await ownFx.user('must-mfa', 'admin'));
    const me = await admin.get('/api/auth/me');
    expect(me.body.mfaSetupRequired).toBe(true);
    const refused = await admin.get('/api/users');
    expect([refused.status, refused.body.error.code]).toEqual([403, 'mfa_setup_required']);
    const setup = await admin.post('/api/auth/mfa/setup', undefined);
    expect((await admin.post('/api/auth/mfa/confirm', { code: await codeFor(setup.body.secret) })).status).toBe(200);
    expect((await admin.get('/api/auth/me')).body.mfaSetupRequired).toBe(false);
    expect((await admin.get('/api/users')).status).toBe(200);
    const off = await admin.post('/api/auth/mfa/disable', { password: USER_PASSWORD });
    expect([off.status, off.body.error.code]).toEqual([409, 'mfa_required']);
  });

  it('leaves partners alone', async () => {
    const partner = await ownFx.partner('mfa-free', { area: await ownFx.area('mfa-free-area') });
    const client = await app.signIn(await ownFx.user('mfa-free', 'partner', partner));
    expect((await client.get('/api/auth/me')).body.mfaSetupRequired).toBe(false);
    expect((await client.get(`/api/partners/${partner}`)).status).toBe(200);
  });
});

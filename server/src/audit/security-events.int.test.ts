import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

/** What the audit log keeps of refusals and of imports. */
const { fx, api, signIn, anonymous } = apiSuite();

const entries = async (action: string) => (await api.get(`/api/audit?action=${encodeURIComponent(action)}&limit=500`)).body.items as Array<Record<string, any>>;

describe('security events in the audit log', () => {
  it('a failed sign-in, with the email tried and the address', async () => {
    const email = `${fx.id('tried').toLowerCase()}@accounts.example`;
    expect((await anonymous().post('/api/auth/login', { email, password: 'not the password' })).status).toBe(401);
    const all = await entries('SECURITY invalid_credentials');
    const found = all.find((entry) => entry.target?.email === email);
    expect(found?.request).toMatchObject({ route: 'POST /auth/login', address: expect.any(String), status: 401 });
    expect(JSON.stringify(found)).not.toContain('not the password');
  });

  it('a write without the CSRF token, and a 403, with the route and the actor', async () => {
    const partner = await fx.partner('refused');
    const account = await fx.user('refused', 'partner', partner);
    const client = await signIn(account);
    const noToken = await client.request(
      'POST',
      '/api/feedback',
      { programme: 'portal', text: 'x', sentiment: 'neutral' },
      { headers: { 'x-csrf-token': 'wrong' } },
    );
    expect(noToken.status).toBe(403);
    expect((await client.get('/api/users')).status).toBe(403);

    const csrf = (await entries('SECURITY csrf_failed')).find((entry) => entry.target?.email === account.email);
    expect(csrf?.request).toMatchObject({ route: 'POST /feedback', status: 403 });
    const forbidden = (await entries('SECURITY forbidden')).find((entry) => entry.target?.email === account.email);
    expect(forbidden?.request).toMatchObject({ route: 'GET /users', status: 403 });
  });
});

describe('imports in the audit log', () => {
  it('keep the size, digest and row count of the file, never the file or the report', async () => {
    const csv = `id,name,company,tier,managed,city,area,email\n${fx.id('imported')},Imported Partner,Imported Ltd,community,false,Leeds,,imported@example.com\n`;
    const imported = await api.post('/api/admin/import/partners', { csv });
    expect(imported.status).toBeLessThan(300);
    const [latest] = await entries('POST /admin/import/partners');
    expect(latest?.request).toEqual({ bytes: Buffer.byteLength(csv), sha256: createHash('sha256').update(csv).digest('hex'), rows: 1 });
    expect(latest?.after).toBeNull();
    expect(JSON.stringify(latest)).not.toContain('imported@example.com');
    await api.delete(`/api/partners/${fx.id('imported')}`);
  });
});

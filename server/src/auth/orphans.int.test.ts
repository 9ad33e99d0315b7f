import { describe, expect, it } from 'vitest';
import { apiSuite } from '../../../test/support/api-suite';

/** Accounts whose partner is gone, or that never had one, are refused, never shown everything. */
const { fx, api, signIn, db, anonymous } = apiSuite();

describe('an account without its partner', () => {
  it("is refused wherever its partner is the filter, instead of seeing everyone's feedback and announcements", async () => {
    // Made directly in the database, as an account left behind by an older version would be.
    const orphan = await signIn(await fx.user('orphan', 'partner', null));
    for (const path of ['/api/feedback', '/api/feedback-themes', '/api/announcements']) {
      const { status, body } = await orphan.get(path);
      expect(status, path).toBe(403);
      expect(body.error.code, path).toBe('no_partner');
    }
  });

  it('ends when its partner is deleted: sessions over, signing in refused', async () => {
    const partner = await fx.partner('deleted-partner');
    const account = await fx.user('deleted-partner', 'partner', partner);
    const client = await signIn(account);
    expect((await client.get('/api/auth/me')).status).toBe(200);

    expect((await api.delete(`/api/partners/${partner}`)).status).toBe(204);
    // The session cache trusts a session for at most two seconds.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await client.get('/api/auth/me')).status).toBe(401);
    expect((await client.get('/api/feedback')).status).toBe(401);
    const again = await anonymous().post('/api/auth/login', { email: account.email, password: account.password });
    expect(again.status).toBe(401);
    const [row] = await db.read('MATCH (u:User {id: $id}) RETURN u.disabled AS disabled', { id: account.id });
    expect(row?.disabled).toBe(true);
  });

  it('cannot be given the partner role without a partner', async () => {
    const admin = await fx.user('lonely-admin', 'admin');
    const demoted = await api.patch(`/api/users/${admin.id}`, { role: 'partner' });
    expect(demoted.status).toBe(400);
    expect(demoted.body.error.field).toBe('role');
    const created = await api.post('/api/users', { email: `${fx.id('no-partner').toLowerCase()}@accounts.example`, role: 'partner', partner: null });
    expect(created.status).toBe(400);
    expect(created.body.error.field).toBe('partner');
    expect(
      (await api.get('/api/users')).body.items.find((user: { email: string }) => user.email.startsWith(fx.id('no-partner').toLowerCase())),
    ).toBeUndefined();
  });
});

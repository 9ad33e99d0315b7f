import { afterAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../test/support/database';
import { startTestApp, type TestApp } from '../test/support/http';
import { demoAccounts, demoAccountsAllowed, ensureDemoAccounts, resetDemoPasswords } from './demo-accounts';

const db = testDatabase();
let app: TestApp | undefined;
let firstPasswords: { email: string; password: string }[] = [];
afterAll(async () => {
  // Demo accounts have fixed emails: remove them so no other test meets them.
  await db.write('UNWIND $emails AS email MATCH (u:User {email: email}) OPTIONAL MATCH (s:Session)-[:OF]->(u) DETACH DELETE u, s', {
    emails: demoAccounts().map((account) => account.email),
  });
  await app?.close();
  await db.close();
});

describe('demo accounts', () => {
  it('get random passwords, shown only when made; the once-published password signs nobody in', async () => {
    app = await startTestApp(db);
    const made = await ensureDemoAccounts(db);
    firstPasswords = made;
    expect(made.map((account) => account.role)).toEqual(['admin', 'pal', 'partner']);
    expect(new Set(made.map((account) => account.password)).size).toBe(3);
    for (const account of made) {
      expect(account.password.length).toBeGreaterThanOrEqual(20);
      expect((await app.anonymous.post('/api/auth/login', { email: account.email, password: 'partner-graph-demo' })).status).toBe(401);
    }
    const admin = made[0]!;
    expect((await app.anonymous.post('/api/auth/login', { email: admin.email, password: admin.password })).status).toBe(200);
    // Made once: a second start makes nothing and shows no password.
    expect(await ensureDemoAccounts(db)).toEqual([]);
  });

  it('get new passwords on request, and the old ones stop working', async () => {
    expect(firstPasswords).toHaveLength(3);
    const reset = await resetDemoPasswords(db);
    expect(reset).toHaveLength(3);
    const admin = reset[0]!;
    expect((await app!.anonymous.post('/api/auth/login', { email: admin.email, password: admin.password })).status).toBe(200);
    for (const old of firstPasswords) expect((await app!.anonymous.post('/api/auth/login', { email: old.email, password: old.password })).status).toBe(401);
  });

  it('are never made in production, in a database the app did not load the sample into, or beside other accounts', () => {
    expect(demoAccountsAllowed({ production: false, sampleLoadedByApp: true, accounts: 0 })).toBe(true);
    expect(demoAccountsAllowed({ production: true, sampleLoadedByApp: true, accounts: 0 })).toBe(false);
    expect(demoAccountsAllowed({ production: false, sampleLoadedByApp: false, accounts: 0 })).toBe(false);
    expect(demoAccountsAllowed({ production: false, sampleLoadedByApp: true, accounts: 1 })).toBe(false);
  });
});

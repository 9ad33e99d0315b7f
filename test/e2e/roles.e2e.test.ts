import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

/** Area with PAL Pam; partners Me (the partner account) and Other; Me — Pam — Other. */
const { fx, api } = apiSuite();
let browser: Browser;
const name = (key: string) => `${key[0]!.toUpperCase()}${key.slice(1)} ${fx.prefix}`;
const accounts: Record<string, { email: string; password: string; id: string }> = {};

beforeAll(async () => {
  await fx.meAndOtherThroughPam(`Roles Area ${fx.prefix}`, name);
  await fx.introduction('made', { introducer: fx.id('pam'), from: fx.id('other'), to: fx.id('me'), status: 'made' });
  accounts.partner = await fx.user('partner', 'partner', fx.id('me'));
  accounts.pal = await fx.user('pal', 'pal', fx.id('pam'));
  accounts.admin = await fx.user('admin', 'admin');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function signedInAs(role: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await signInThroughPage(page, api.url, accounts[role]!);
  return { context, page };
}

const tabs = async (page: Page) => (await page.getByRole('tab').allTextContents()).map((text) => text.trim());

describe('signing in as each role', () => {
  it('refuses a wrong password with a message, and stays on the sign-in page', async () => {
    const page = await browser.newPage();
    await page.goto(api.url);
    await page.getByLabel('Email').fill(accounts.partner!.email);
    await page.getByLabel('Password').fill('not my password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('The email or the password is wrong').waitFor();
    await saveScreenshot(page, 'sign-in-refused');
    await page.close();
  });

  it('a partner lands on their home, answers an introduction from it, opens their own network, and cannot open PAL or admin screens', async () => {
    const { context, page } = await signedInAs('partner');
    await page.getByRole('heading', { name: `Welcome, ${name('me')}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/home');
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    const waiting = page.getByRole('navigation', { name: 'Where things stand' }).getByRole('link', { name: /introductions to answer/ });
    await waiting.getByText('1', { exact: true }).waitFor();
    // The introduction sent to them waits for their own answer, with a word the other side reads once both said yes.
    const introduction = page
      .getByRole('region', { name: 'Your introductions' })
      .getByRole('listitem')
      .filter({ hasText: `from ${name('other')}` });
    await saveScreenshot(page, 'partner-home');
    await introduction.getByRole('link', { name: 'Answer' }).click();
    await page.getByLabel(new RegExp(`A word for ${name('other')}`)).fill('Glad to meet, I will call on Monday');
    await page.getByRole('button', { name: 'Say yes' }).click();
    await page.getByText(`You said yes. You will see each other's details once ${name('other')} says yes too.`).waitFor();
    await page.getByText('Glad to meet, I will call on Monday').waitFor();
    await saveScreenshot(page, 'partner-answers-introduction');
    await page.goBack();
    await introduction.getByText(`Waiting for ${name('other')}`).waitFor();
    await waiting.getByText('0', { exact: true }).waitFor();

    // The explorer is one click away, and opens on their own network.
    await page.getByRole('link', { name: 'Explorer', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `within 1 hop of ${name('me')}` })
      .waitFor();
    expect(new URL(page.url()).searchParams.get('partner')).toBe(fx.id('me'));
    expect(await tabs(page)).toEqual(['Details', 'Matches']);
    // Their own contact details are shown to them.
    await page
      .getByRole('region', { name: 'Selected partner' })
      .getByText(`${fx.id('me')}@example.com`)
      .waitFor();

    // Picking another partner shows the way in from me, not their network.
    await page.getByRole('combobox', { name: 'Find a partner' }).fill(name('other'));
    await page.getByRole('option', { name: new RegExp(name('other')) }).click();
    await page.waitForURL((url) => url.searchParams.get('pathTo') === fx.id('other'));
    expect(new URL(page.url()).searchParams.get('partner')).toBe(fx.id('me'));
    // A shared link to a PAL's desk is not theirs to open.
    await page.goto(`${api.url}/?partner=${fx.id('pam')}&tab=desk`);
    await page.waitForURL((url) => url.searchParams.get('partner') === fx.id('me'));
    expect(await tabs(page)).not.toContain('PAL desk');
    await page.goto(`${api.url}/admin`);
    await page.getByRole('status').filter({ hasText: 'within 1 hop' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Admin' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await context.close();
  });

  it('a PAL lands on their desk, and sees other partners’ networks with contact details, but no admin pages', async () => {
    const { context, page } = await signedInAs('pal');
    // They land on their desk: what waits for them, counted.
    await page.getByRole('heading', { name: `Your desk, ${name('pam')}` }).waitFor();
    const onASide = page.getByRole('navigation', { name: 'What waits for you' }).getByRole('link', { name: /waiting on a side/ });
    await onASide.getByText('1', { exact: true }).waitFor();
    await page
      .getByRole('region', { name: `PAL desk of ${name('pam')}` })
      .getByText(`${name('other')} → ${name('me')}`)
      .waitFor();
    await saveScreenshot(page, 'pal-home');
    await page.goto(`${api.url}/?partner=${fx.id('pam')}`);
    await page
      .getByRole('status')
      .filter({ hasText: `of ${name('pam')}` })
      .waitFor();
    expect(await tabs(page)).toEqual(['Details', 'Matches', 'PAL desk']);
    await page.goto(`${api.url}/?partner=${fx.id('other')}`);
    await page
      .getByRole('region', { name: 'Selected partner' })
      .getByText(`${fx.id('other')}@example.com`)
      .waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);
    await saveScreenshot(page, 'pal-view');
    await context.close();
  });

  it('an admin lands on the network today, manages accounts and reads the audit log', async () => {
    const { context, page } = await signedInAs('admin');
    await page.getByRole('heading', { name: 'The network today' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Admin tasks' })
      .getByRole('link', { name: /^\d+\s?invitations not accepted/ })
      .waitFor();
    await page.getByRole('navigation', { name: 'Network health' }).waitFor();
    await saveScreenshot(page, 'admin-home');
    await page.getByRole('link', { name: 'Admin', exact: true }).click();
    await page.getByRole('heading', { name: 'Admin' }).waitFor();
    const row = page.getByRole('region', { name: 'Accounts' }).getByRole('row').filter({ hasText: accounts.partner!.email });
    await row.waitFor();
    // Only the roles an account may have are offered: PAL only for a partner who leads an area.
    const roleChoices = (email: string) => page.getByLabel(`Role of ${email}`).locator('option').allTextContents();
    expect(await roleChoices(accounts.partner!.email)).toEqual(['partner', 'admin']);
    expect(await roleChoices(accounts.pal!.email)).toEqual(['partner', 'PAL', 'admin']);
    expect(await roleChoices(accounts.admin!.email)).toEqual(['admin']);
    await page
      .getByRole('form', { name: 'Invite someone' })
      .getByLabel('Email')
      .fill(`${fx.id('invitee')}@accounts.example`);
    await page.getByRole('form', { name: 'Invite someone' }).getByRole('combobox', { name: 'Partner for this account' }).fill(name('other'));
    await page.getByRole('option', { name: new RegExp(name('other')) }).click();
    await page.getByRole('button', { name: 'Invite' }).click();
    const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    // The token rides in the fragment, which the browser never sends to the server.
    expect(link).toMatch(/\/#invitation=[\w-]{40,}$/);
    // An invitation sent to the wrong address: the admin revokes it, and the account leaves the list.
    const invite = page.getByRole('form', { name: 'Invite someone' });
    await invite.getByLabel('Email').fill(`${fx.id('mistaken')}@accounts.example`);
    await invite.getByLabel('Role').selectOption('admin');
    await invite.getByRole('button', { name: 'Invite' }).click();
    const mistaken = page
      .getByRole('region', { name: 'Accounts' })
      .getByRole('row')
      .filter({ hasText: `${fx.id('mistaken')}@accounts.example` });
    await mistaken.getByRole('button', { name: 'Revoke invitation' }).click();
    await page.getByRole('status').filter({ hasText: 'is revoked' }).waitFor();
    await mistaken.waitFor({ state: 'detached' });
    // The audit log names actions in words and filters by action, person and day.
    const audit = page.getByRole('region', { name: 'Audit log' });
    await audit.getByText('POST /users').first().waitFor();
    await audit.getByLabel('Action').selectOption('POST /users');
    await audit
      .getByRole('row')
      .filter({ hasText: `${fx.id('invitee')}@accounts.example` })
      .getByText('Create an account with a password, or invite someone')
      .waitFor();
    expect(await audit.getByRole('row').filter({ hasText: 'PATCH /partners/:id' }).count()).toBe(0);
    await audit.getByLabel('To', { exact: true }).fill('2020-01-01');
    await audit.getByText('Nothing matches these filters.').waitFor();
    await audit.getByLabel('To', { exact: true }).fill('');
    await audit.getByLabel('Action').selectOption('');
    // A CSV of ties with one good row and one naming nobody: the report says which line and why.
    await page.getByLabel('Import ties (CSV)').setInputFiles({
      name: 'ties.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`from,to,strength\n${fx.id('me')},${fx.id('other')},2\n${fx.id('me')},nobody-${fx.prefix},2\n`),
    });
    await page
      .getByRole('status')
      .filter({ hasText: 'ties: 1 of 2 rows imported; 1 refused' })
      .getByText(/line 3, to: No partner/)
      .waitFor();
    await saveScreenshot(page, 'admin-page');
    await context.close();

    // The invited person opens the link and chooses a password.
    const invited = await browser.newContext();
    const invitedPage = await invited.newPage();
    const token = link.split('#invitation=')[1]!;
    const requested: string[] = [];
    invitedPage.on('request', (request) => requested.push(`${request.url()} ${request.headers().referer ?? ''}`));
    await invitedPage.goto(link);
    await invitedPage.getByLabel(/New password/).fill('my chosen passphrase');
    await invitedPage.getByRole('button', { name: 'Set password and sign in' }).click();
    await invitedPage.getByRole('heading', { name: `Welcome, ${name('other')}` }).waitFor();
    expect(invitedPage.url()).not.toContain(token);
    expect(requested.length).toBeGreaterThan(2);
    expect(requested.filter((line) => line.includes(token))).toEqual([]);
    await invited.close();
  });
});

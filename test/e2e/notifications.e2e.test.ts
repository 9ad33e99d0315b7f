import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from '../../server/src/mail/transport';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { testDatabase } from '../support/database';
import { createFixture } from '../support/fixture';
import { startTestApp, type TestApp } from '../support/http';
import { saveScreenshot } from '../support/screenshots';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

/** Me seeks migration; Best offers it; Pam, our PAL, knows us both. Each signs in in a browser of their own. */
const db = testDatabase();
const fx = createFixture(db);
let smtp: TestSmtpServer;
let app: TestApp;
let browser: Browser;
const name = (key: string) => `${key[0]!.toUpperCase()}${key.slice(1)} ${fx.prefix}`;
const accounts: Record<string, { email: string; password: string }> = {};

beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startTestApp(db, { loginAttemptsPerMinute: 200, mail: { transport: smtpTransport(smtp.url), from: 'Partner Graph <pg@test.example>' } });
  const area = await fx.area('area', `Area ${fx.prefix}`);
  const migration = await fx.specialty('migration', `Migration ${fx.prefix}`);
  const voice = await fx.specialty('voice', `Voice ${fx.prefix}`);
  await fx.partner('me', { area, name: name('me'), seeks: [migration], offers: [voice] });
  await fx.partner('best', { area, name: name('best'), offers: [migration], seeks: [voice] });
  await fx.partner('pam', { area, name: name('pam') });
  await fx.pal(fx.id('pam'), area, [migration]);
  await fx.ties([
    [fx.id('me'), fx.id('pam')],
    [fx.id('pam'), fx.id('best')],
  ]);
  accounts.me = await fx.user('me', 'partner', fx.id('me'));
  accounts.best = await fx.user('best', 'partner', fx.id('best'));
  accounts.pam = await fx.user('pam', 'pal', fx.id('pam'));
  accounts.admin = await fx.user('admin', 'admin');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await fx.cleanup();
  await app.close();
  await smtp.stop();
  await db.close();
});

async function signedInAs(who: string, viewport = { width: 1400, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  await signInThroughPage(page, app.url, accounts[who]!);
  return { context, page };
}

const bell = (page: Page) => page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: /^Notifications/ });

/** Opens the newest notification with this title from the notifications page. */
async function openNotification(page: Page, title: RegExp) {
  await bell(page).click();
  await page.getByRole('heading', { name: 'Notifications' }).waitFor();
  await page.getByRole('list', { name: 'Notifications' }).getByRole('link', { name: title }).first().click();
}

describe('an introduction both sides agree to, in four browsers', () => {
  it('goes from a partner asking, through the PAL and each side, to contact details and the introduction e-mail', { timeout: 120_000 }, async () => {
    const pam = await signedInAs('pam');
    await bell(pam.page).waitFor();
    expect(await bell(pam.page).getAttribute('aria-label')).toBe('Notifications, none unread');

    // Me asks for an introduction from my matches.
    const me = await signedInAs('me');
    await me.page.goto(`${app.url}/?partner=${fx.id('me')}&tab=matches`);
    const card = me.page.locator('.match-card').filter({ hasText: name('best') });
    await card.getByRole('button', { name: 'Ask for an introduction' }).click();
    await card.getByText(`Request sent to ${name('pam')}`).waitFor();

    // Pam's bell counts it without a reload, within its poll.
    await pam.page.getByRole('link', { name: 'Notifications, 1 unread' }).waitFor({ timeout: 40_000 });
    await saveScreenshot(pam.page, 'notifications-bell');
    await openNotification(pam.page, new RegExp(`${name('me')} asks to be introduced`));
    await pam.page.getByRole('heading', { name: `${name('me')} and ${name('best')}` }).waitFor();
    await pam.page.getByLabel('A note with this step (both partners read it)').fill('You both work on mailbox moves');
    await pam.page.getByRole('button', { name: 'Send to both' }).click();
    await pam.page.getByRole('alertdialog', { name: 'Send to both' }).getByRole('button', { name: 'Send to both' }).click();
    await pam.page.getByText(`Waiting for ${name('me')} and ${name('best')}`).waitFor();
    await saveScreenshot(pam.page, 'introduction-pal');

    // Each side answers for itself, in its own session.
    await me.page.goto(app.url);
    await openNotification(me.page, new RegExp(`Would you like to meet ${name('best')}`));
    await me.page.getByLabel(new RegExp(`A word for ${name('best')}`)).fill('Keen to compare notes');
    await me.page.getByRole('button', { name: 'Say yes' }).click();
    await me.page.getByText(`You said yes. You will see each other's details once ${name('best')} says yes too.`).waitFor();
    expect(await me.page.getByRole('heading', { name: 'How to reach each other' }).count()).toBe(0);

    const best = await signedInAs('best', { width: 390, height: 844 });
    await openNotification(best.page, new RegExp(`Would you like to meet ${name('me')}`));
    await best.page.getByRole('button', { name: 'Say yes' }).click();
    await best.page.getByRole('heading', { name: 'How to reach each other' }).waitFor();
    await best.page.getByRole('link', { name: `${fx.id('me')}@example.com` }).waitFor();
    await best.page.getByText('Keen to compare notes').waitFor();
    await saveScreenshot(best.page, 'introduction-accepted-phone');

    await me.page.reload();
    await me.page.getByRole('link', { name: `${fx.id('best')}@example.com` }).waitFor();

    // The introduction e-mail reaches both, the PAL in copy.
    await app.background.mail.sendDue(new Date(), [`${fx.id('me')}@example.com`]);
    const [mail] = smtp.to(`${fx.id('me')}@example.com`).filter((candidate) => candidate.parsed.subject === `Introduction: ${name('me')} and ${name('best')}`);
    expect(mail?.envelopeTo.sort()).toEqual([`${fx.id('best')}@example.com`, `${fx.id('me')}@example.com`, `${fx.id('pam')}@example.com`].sort());
    expect(mail?.parsed.text).toContain('Keen to compare notes');
    for (const session of [pam, me, best]) await session.context.close();
  });

  it('lets a person choose how notifications reach them, and an admin read the outbox, at desktop and phone sizes', { timeout: 90_000 }, async () => {
    // Something to read: an announcement for the area (and, by default, a digest's worth of mail).
    const adminApi = await app.signIn(accounts.admin!);
    await adminApi.post('/api/announcements', {
      title: `Winter programme ${fx.prefix}`,
      body: 'Dates for the season',
      audience: { kind: 'area', area: fx.id('area') },
    });
    await adminApi.post('/api/announcements', { title: `Spring programme ${fx.prefix}`, body: 'More dates', audience: { kind: 'area', area: fx.id('area') } });
    for (const viewport of [
      { width: 1400, height: 900 },
      { width: 390, height: 844 },
    ]) {
      const { context, page } = await signedInAs('me', viewport);
      await page.goto(`${app.url}/account`);
      const select = page.getByRole('combobox', { name: 'An announcement meant for you' });
      await select.selectOption('email');
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
      await page.reload();
      expect(await page.getByRole('combobox', { name: 'An announcement meant for you' }).inputValue()).toBe('email');
      await saveScreenshot(page, `account-notifications-${viewport.width}`);
      await page.goto(`${app.url}/notifications`);
      // At the first size there is something unread to mark; at the second it is all read.
      if (viewport.width > 500) {
        await page.getByRole('list', { name: 'Notifications' }).getByText(`Spring programme ${fx.prefix}`).waitFor();
        await page.getByRole('button', { name: 'Mark all read' }).click();
      }
      await page.getByRole('status').filter({ hasText: 'Nothing unread.' }).waitFor();
      await saveScreenshot(page, `notifications-${viewport.width}`);
      await context.close();

      const admin = await signedInAs('admin', viewport);
      await admin.page.goto(`${app.url}/admin/outbox`);
      await admin.page.getByRole('heading', { name: 'Outbox' }).waitFor();
      await admin.page.getByText('Messages go to the SMTP server configured by SMTP_URL.', { exact: false }).waitFor();
      await admin.page.getByRole('list', { name: 'Messages' }).getByRole('button').first().waitFor();
      await saveScreenshot(admin.page, `outbox-${viewport.width}`);
      await admin.context.close();
    }
  });

  it('unsubscribes from one kind of e-mail signed out, from the link in the message', async () => {
    await app.background.mail.sendDue(new Date(), [accounts.pam!.email]);
    const [mail] = smtp.to(accounts.pam!.email).filter((candidate) => candidate.parsed.subject?.includes('asks to be introduced'));
    const link = mail?.parsed.text?.match(/Stop these e-mails: (\S+)/)?.[1];
    expect(link).toBeDefined();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${app.url}${new URL(link!).pathname}${new URL(link!).search}`);
    await page.getByText('You receive e-mails for “A partner asks you for an introduction”.').waitFor();
    await page.getByRole('button', { name: 'Stop these e-mails' }).click();
    await page.getByText('Done: no more e-mails for “A partner asks you for an introduction”', { exact: false }).waitFor();
    await saveScreenshot(page, 'unsubscribed-phone');
    await page.close();
  });
});

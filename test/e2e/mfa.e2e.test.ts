import { generate } from 'otplib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { testDatabase } from '../support/database';
import { createFixture } from '../support/fixture';
import { startTestApp, type TestApp } from '../support/http';
import { saveScreenshot } from '../support/screenshots';

/** An app that requires two-step sign-in of admins (REQUIRE_MFA=admin). */
const db = testDatabase();
const fx = createFixture(db);
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp(db, { auth: { requireMfaFor: ['admin'] } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await fx.cleanup();
  await app?.close();
  await db.close();
});

const codeFor = (secret: string, stepsAhead = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 * stepsAhead });

describe('two-step sign-in in the browser', () => {
  it('an admin must set it up before anything else, keeps the recovery codes, and is asked for a code next time', async () => {
    const admin = await fx.user('mfa-admin', 'admin');
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Your role must use two-step sign-in').waitFor();
    expect(await page.getByRole('link', { name: 'Admin' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    const secret = (await page.locator('code.secret').textContent())!.trim();
    await page.getByLabel('Code from the app').fill(await codeFor(secret));
    await saveScreenshot(page, 'mfa-setup');
    await page.getByRole('button', { name: 'Turn on' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await saveScreenshot(page, 'mfa-recovery-codes');
    await page.getByRole('button', { name: 'I have kept them' }).click();
    await page.getByRole('link', { name: 'Admin' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const codeField = page.getByLabel('Code from your authenticator app (or a recovery code)');
    await codeField.waitFor();
    await codeField.fill(await codeFor(secret, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Admin' }).waitFor();
    await context.close();
  });

  it('fits a phone while setting up', async () => {
    const partner = await fx.partner('mfa-phone', { area: await fx.area('mfa-phone-area') });
    const account = await fx.user('mfa-phone', 'partner', partner);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${app.url}/account`);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
    await saveScreenshot(page, 'mfa-setup-phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await context.close();
  });
});

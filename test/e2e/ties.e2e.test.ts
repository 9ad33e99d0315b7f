import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

/** Me — Pam — Other: Me says she knows Other; Other confirms on her account page. */
const { fx, api } = apiSuite();
let browser: Browser;
const name = (key: string) => `${key[0]!.toUpperCase()}${key.slice(1)} ${fx.prefix}`;
const accounts: Record<string, { email: string; password: string; id: string }> = {};

beforeAll(async () => {
  await fx.meAndOtherThroughPam(`Ties Area ${fx.prefix}`, name);
  accounts.me = await fx.user('me', 'partner', fx.id('me'));
  accounts.other = await fx.user('other', 'partner', fx.id('other'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('a tie both sides agree to', () => {
  it('is asked for from the explorer, confirmed on the other partner’s account page, and then drawn', async () => {
    const mine = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await mine.newPage();
    await signInThroughPage(page, api.url, accounts.me!);
    await page.goto(`${api.url}/?partner=${fx.id('me')}&depth=2`);
    await page.getByRole('button', { name: 'Show table' }).click();
    await page.getByRole('button', { name: name('other'), exact: true }).click();
    const panel = page.getByRole('region', { name: 'Selected partner' });
    await panel.getByRole('heading', { name: name('other') }).waitFor();
    await panel.getByRole('button', { name: 'I know them' }).click();
    await panel
      .getByRole('status')
      .getByText(`Asked ${name('other')} to confirm`)
      .waitFor();
    await saveScreenshot(page, 'tie-requested');

    const theirs = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const other = await theirs.newPage();
    await signInThroughPage(other, api.url, accounts.other!);
    await other.goto(`${api.url}/account`);
    const requests = other.getByRole('region', { name: 'Tie requests' });
    const row = requests.getByRole('listitem').filter({ hasText: name('me') });
    await row.waitFor();
    await saveScreenshot(other, 'tie-request-to-confirm-phone');
    await row.getByRole('button', { name: 'Confirm' }).click();
    await requests.getByText('Nobody is waiting for you to confirm a tie.').waitFor();

    // Now Me and Other know each other: Other is one hop from Me.
    await page.goto(`${api.url}/?partner=${fx.id('me')}&depth=1`);
    await page.getByRole('status').filter({ hasText: 'Showing 3 of 3 partners within 1 hop' }).waitFor();
    expect((await api.get(`/api/partners/${fx.id('me')}`)).body.knowsCount).toBe(2);
    await mine.close();
    await theirs.close();
  });
});

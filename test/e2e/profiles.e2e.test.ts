import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';
import { seriousViolations } from '../support/accessibility';

/**
 * Profiles people edit themselves, a partner an admin adds by hand, and every page at phone size.
 * Area with PAL Pam; partners Me (a thin profile) and Other; Me — Pam — Other.
 */
const { fx, api } = apiSuite();
let browser: Browser;
const name = (key: string) => `${key[0]!.toUpperCase()}${key.slice(1)} ${fx.prefix}`;
const accounts: Record<string, { email: string; password: string }> = {};
const specialty = (key: string) => `${key} ${fx.prefix}`;
let area = '';
const added: string[] = [];

beforeAll(async () => {
  for (const key of ['teams', 'backup', 'security']) await fx.specialty(key, specialty(key));
  area = await fx.meAndOtherThroughPam(`Profiles Area ${fx.prefix}`, name, (key) => ({ company: `${key} Ltd` }));
  accounts.partner = await fx.user('partner', 'partner', fx.id('me'));
  accounts.pal = await fx.user('pal', 'pal', fx.id('pam'));
  accounts.admin = await fx.user('admin', 'admin');
  browser = await launchBrowser();
});

afterAll(async () => {
  // A partner added through the form has an id of its own, not the fixture's.
  for (const id of added) await api.delete(`/api/partners/${id}`);
  await browser?.close();
});

async function signedInAs(role: string, viewport = { width: 1400, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'en-GB' });
  const page = await context.newPage();
  await signInThroughPage(page, api.url, accounts[role]!);
  return page;
}

/** Adds a specialty through the picker: typed, then chosen with Enter, as a keyboard user would. */
async function pick(page: Page, list: string, key: string) {
  const search = page.getByRole('combobox', { name: `Add to “${list}”` });
  await search.fill(key);
  await page.getByRole('option', { name: specialty(key) }).waitFor();
  await search.press('Enter');
  await page.getByRole('list', { name: list }).getByText(specialty(key)).waitFor();
}

describe('editing a profile', () => {
  it('a partner is asked to complete a thin profile, and edits their own (not what only an admin may change)', async () => {
    const page = await signedInAs('partner');
    await page.getByRole('link', { name: 'Complete your profile' }).click();
    await page.getByRole('heading', { name: 'Your profile' }).waitFor();
    expect(await page.getByLabel('Tier').count()).toBe(0);
    expect(await page.getByLabel('Area').count()).toBe(0);

    // A phone that is not one is refused by the server, naming the field; nothing is saved.
    await page.getByLabel('Phone').fill('call me');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').getByText(/phone/i).waitFor();
    await page.getByLabel('Phone').fill('+44 20 7946 0123');

    await pick(page, 'What you offer', 'teams');
    await pick(page, 'What you offer', 'backup');
    await pick(page, 'What you seek', 'security');
    await page.getByRole('button', { name: `Remove ${specialty('backup')}` }).click();
    await pick(page, 'What you offer', 'backup');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await saveScreenshot(page, 'profile-edit');

    await page.reload();
    await page.getByRole('list', { name: 'What you seek' }).getByText(specialty('security')).waitFor();
    expect((await page.getByRole('list', { name: 'What you offer' }).getByRole('listitem').allTextContents()).sort()).toEqual([
      `${specialty('backup')} ×`,
      `${specialty('teams')} ×`,
    ]);
    expect(await page.getByLabel('Phone').inputValue()).toBe('+44 20 7946 0123');
    // Three told: the home no longer asks.
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { name: `Welcome, ${name('me')}` }).waitFor();
    await page.getByRole('region', { name: 'Your best matches' }).waitFor();
    expect(await page.getByRole('link', { name: 'Complete your profile' }).count()).toBe(0);
    await page.context().close();
  });

  it('a PAL edits a partner of their area from the explorer', async () => {
    const page = await signedInAs('pal');
    await page.goto(`${api.url}/?partner=${fx.id('other')}`);
    const details = page.getByRole('region', { name: 'Selected partner' });
    await details.getByRole('link', { name: 'Edit profile' }).click();
    await page.getByRole('heading', { name: `${name('other')}’s profile` }).waitFor();
    await page.getByLabel('Company').fill(`Other Renamed ${fx.prefix}`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved.').waitFor();
    await page.getByRole('link', { name: 'See their network' }).click();
    await details.getByText(`Other Renamed ${fx.prefix}`).waitFor();
    await page.context().close();
  });

  it('an admin adds one partner with a form, and lands on them in the explorer', async () => {
    const page = await signedInAs('admin');
    await page.goto(`${api.url}/admin`);
    await page.getByRole('link', { name: 'Add a partner' }).click();
    const add = page.getByRole('button', { name: 'Add the partner' });
    expect(await add.isDisabled()).toBe(true);
    await page.getByLabel('Name').fill(name('newcomer'));
    await page.getByLabel('Company').fill(`Newcomer Ltd ${fx.prefix}`);
    await page.getByLabel('City').fill('Leeds');
    await page.getByLabel('Area').selectOption(area);
    await page.getByLabel('Tier').selectOption('silver');
    await pick(page, 'What you offer', 'teams');
    await add.click();
    await page
      .getByRole('status')
      .filter({ hasText: `of ${name('newcomer')}` })
      .waitFor();
    const id = new URL(page.url()).searchParams.get('partner')!;
    added.push(id);
    const created = (await api.get(`/api/partners/${id}`)).body;
    expect(created).toMatchObject({ name: name('newcomer'), tier: 'silver', area: { id: area }, offers: [{ id: fx.id('teams') }] });
    await page.context().close();
  });
});

describe('every page at phone size (390 × 844), fitting the screen and accessible', () => {
  const phone = { width: 390, height: 844 };
  const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  /** No page is wider than the screen, and none has a serious or critical accessibility violation (axe-core). */
  async function checkEveryPage(page: Page, paths: string[]) {
    const wider: string[] = [];
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(`${api.url}${path}`);
      await page.getByRole('main').waitFor();
      // Let the page's reads answer before measuring it.
      await page.waitForLoadState('networkidle');
      const extra = await overflow(page);
      if (extra > 0) wider.push(`${path} by ${extra}px`);
      for (const violation of await seriousViolations(page)) violations.push(`${path}: ${violation}`);
    }
    expect(wider).toEqual([]);
    expect(violations).toEqual([]);
  }

  it('a partner on a phone taps Matches on the explorer’s sheet, which the graph never covers', async () => {
    const context = await browser.newContext({ viewport: phone, hasTouch: true, isMobile: true, locale: 'en-GB' });
    const page = await context.newPage();
    await signInThroughPage(page, api.url, accounts.partner!);
    await page.goto(`${api.url}/?partner=${fx.id('me')}`);
    const matches = page.getByRole('tab', { name: 'Matches' });
    await page
      .getByRole('region', { name: 'Selected partner' })
      .getByRole('heading', { name: name('me') })
      .waitFor();
    // What a finger at the tab's centre touches is the tab, on the screen, not the canvas under the sheet.
    const touched = await matches.evaluate((tab) => {
      const box = tab.getBoundingClientRect();
      return { bottom: box.bottom, text: document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.textContent };
    });
    expect(touched.bottom).toBeLessThanOrEqual(phone.height);
    expect(touched.text).toBe('Matches');
    await matches.tap();
    expect(await matches.getAttribute('aria-selected')).toBe('true');
    await page.waitForURL((url) => url.searchParams.get('tab') === 'matches');
    await saveScreenshot(page, 'explorer-matches-390');
    await context.close();
  });

  // Each page is measured once its reads have answered, so a role's pages take a while.
  const PAGES_TIMEOUT_MS = 90_000;
  for (const role of ['partner', 'pal', 'admin']) {
    it(`the ${role}’s home fits the screen, and so does every page they open`, { timeout: PAGES_TIMEOUT_MS }, async () => {
      const page = await signedInAs(role, phone);
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `${role}-home-390`);
      // The links fold behind the menu, which opens and takes one to a page.
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('link', { name: 'Community', exact: true }).click();
      await page.getByRole('heading', { name: 'Community', exact: true }).waitFor();
      expect(await page.getByRole('link', { name: 'Feedback', exact: true }).isVisible()).toBe(false);
      const pages = ['/home', `/?partner=${fx.id('me')}`, '/community', '/feedback', '/notifications', '/account'];
      if (role !== 'partner') pages.push(`/partners/${fx.id('other')}/edit`);
      if (role === 'admin') pages.push('/admin', '/admin/outbox', '/admin/health', '/partners/new');
      await checkEveryPage(page, pages);
      await page.context().close();
    });
  }
});

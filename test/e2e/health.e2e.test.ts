import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

/** Area with PAL Hpal — one — two, and a partner three hops out (unserved). */
const { fx, api } = apiSuite();
let browser: Browser;
let page: Page;
const name = (key: string) => `${key[0]!.toUpperCase()}${key.slice(1)} ${fx.prefix}`;

beforeAll(async () => {
  const area = await fx.area('area', `Health Area ${fx.prefix}`);
  for (const key of ['hpal', 'one', 'two', 'far']) await fx.partner(key, { area, name: name(key) });
  await fx.pal(fx.id('hpal'), area);
  await fx.ties([
    [fx.id('hpal'), fx.id('one')],
    [fx.id('one'), fx.id('two')],
    [fx.id('two'), fx.id('far')],
  ]);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  await signInThroughPage(page, api.url, await fx.user('health-admin', 'admin'));
});

/** Whatever the content security policy blocked (charts draw on canvas, under the same policy). */
const policyViolations: string[] = [];

afterAll(async () => {
  await browser?.close();
});

describe('the network health page', () => {
  it('shows the report with how fresh it is, charts and tables, and marks it stale after a change', async () => {
    await page.getByRole('link', { name: 'Network health', exact: true }).click();
    await page.getByRole('heading', { name: 'Network health' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^Computed / })
      .waitFor({ timeout: 20_000 });
    for (const section of ['Coverage', 'Structure', 'Introductions', 'PALs', 'Supply and demand', 'Size and engagement']) {
      await page.getByRole('heading', { name: section, exact: true }).waitFor();
    }
    const coverage = page.getByRole('region', { name: 'Coverage' });
    const byArea = coverage.getByRole('table', { name: 'Coverage by area' });
    const row = byArea.getByRole('row').filter({ hasText: `Health Area ${fx.prefix}` });
    // hpal, one and two are within two hops of the PAL; far is three hops out.
    expect(await row.getByRole('cell').allTextContents()).toEqual([`Health Area ${fx.prefix}`, name('hpal'), '4', '2', '3', '75%', '75%']);
    await coverage
      .getByRole('table', { name: 'Unserved partners' })
      .getByRole('row')
      .filter({ hasText: name('far') })
      .waitFor();
    expect(await page.locator('figure.chart canvas').count()).toBeGreaterThanOrEqual(4);
    expect(policyViolations).toEqual([]);
    await saveScreenshot(page, 'network-health');

    await api.post('/api/relationships', { from: fx.id('far'), to: fx.id('hpal'), strength: 2 });
    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: /^Computed / })
      .getByText('changed since')
      .waitFor();
    await page.getByRole('button', { name: 'Refresh' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Computed / })
      .waitFor();
    await row.getByRole('cell', { name: '100%' }).first().waitFor({ timeout: 20_000 });
  });

  it('sorts a table by a column header', async () => {
    const table = page.getByRole('table', { name: 'Coverage by area' });
    await table.getByRole('button', { name: 'Partners' }).click();
    expect(await table.getByRole('columnheader', { name: /Partners/ }).getAttribute('aria-sort')).toBe('descending');
    const counts = (await table.locator('tbody tr td:nth-child(3)').allTextContents()).map(Number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('opens the explorer focused on a PAL from the coverage table', async () => {
    await page
      .getByRole('region', { name: 'Coverage' })
      .getByRole('link', { name: name('hpal') })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('partner') === fx.id('hpal'));
    await page
      .getByRole('status')
      .filter({ hasText: `of ${name('hpal')}` })
      .waitFor();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { testDatabase } from '../support/database';
import { createFixture } from '../support/fixture';
import { startTestApp, type TestApp } from '../support/http';

const db = testDatabase();
const fx = createFixture(db);
let api: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const area = await fx.area('e2e');
  const hub = await fx.partner('hub', { area, name: `Hannah Hub ${fx.prefix}` });
  await fx.pal(hub, area);
  const friends = [];
  for (const key of ['one', 'two', 'three', 'four']) friends.push(await fx.partner(key, { area, name: `Friend ${key} ${fx.prefix}` }));
  await fx.partner('loner', { area, name: `Lonely Larry ${fx.prefix}`, company: `Larry ${fx.prefix} Systems` });
  await fx.ties(friends.map((friend) => [hub, friend] as [string, string]));
  await fx.ties([[friends[0]!, friends[1]!]]);
  api = await startTestApp(db);
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  await api.close();
  await fx.cleanup();
  await db.close();
});

const canvas = (nodeCount: number) => page.locator(`[data-testid="graph-canvas"][data-node-count="${nodeCount}"]`);

describe('the first page', () => {
  it("draws a partner's neighbourhood from a shared URL", async () => {
    await page.goto(`${api.url}/?partner=${fx.id('hub')}`);
    await canvas(5).waitFor();
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Showing 5 of 5 partners within 1 hop/);
    // Cytoscape paints into canvases inside the container.
    expect(await canvas(5).locator('canvas').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: new RegExp(`Hannah Hub ${fx.prefix}`) }).waitFor();
    expect(await page.getByRole('list').filter({ hasText: `Friend one ${fx.prefix}` }).count()).toBe(1);
  });

  it('finds another partner by typing, with the keyboard, and puts it in the URL', async () => {
    const search = page.getByRole('combobox', { name: 'Find a partner' });
    await search.fill(`lonely ${fx.prefix}`);
    await page.getByRole('option', { name: new RegExp(`Lonely Larry ${fx.prefix}`) }).waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await canvas(1).waitFor();
    expect(new URL(page.url()).searchParams.get('partner')).toBe(fx.id('loner'));
    await page.getByText('This partner has no ties yet').waitFor();
  });

  it('goes back to the previous partner with the Back button', async () => {
    await page.goBack();
    await canvas(5).waitFor();
    expect(new URL(page.url()).searchParams.get('partner')).toBe(fx.id('hub'));
  });

  it('says so when the partner in the URL does not exist', async () => {
    await page.goto(`${api.url}/?partner=${fx.id('nobody')}`);
    await page.getByRole('alert').filter({ hasText: 'not in the network' }).waitFor();
  });
});

import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

/**
 *   hub (PAL) — one, two (gold), three (gold), four
 *   one — two, one — x1, one — x2, x2 — far
 *   loner knows nobody
 */
const { fx, api } = apiSuite();
let browser: Browser;
let page: Page;
const name = (key: string) => `${key[0]!.toUpperCase()}${key.slice(1)} ${fx.prefix}`;

beforeAll(async () => {
  const area = await fx.area('e2e', `E2E Area ${fx.prefix}`);
  for (const key of ['hub', 'one', 'two', 'three', 'four', 'x1', 'x2', 'far', 'loner']) {
    await fx.partner(key, { area, name: name(key), tier: key === 'two' || key === 'three' ? 'gold' : 'community', company: `${key} ${fx.prefix} Systems` });
  }
  await fx.pal(fx.id('hub'), area);
  const tie = (a: string, b: string) => [fx.id(a), fx.id(b)] as [string, string];
  await fx.ties([
    tie('hub', 'one'),
    tie('hub', 'two'),
    tie('hub', 'three'),
    tie('hub', 'four'),
    tie('one', 'two'),
    tie('one', 'x1'),
    tie('one', 'x2'),
    tie('x2', 'far'),
  ]);
  await fx.introduction('intro', { introducer: fx.id('hub'), from: fx.id('one'), to: fx.id('three'), status: 'accepted' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  // An admin may open every screen; roles.e2e.test.ts checks what each role sees.
  await signInThroughPage(page, api.url, await fx.user('browser-admin', 'admin'));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
});

/** Whatever the content security policy blocked, reported by the browser. */
const policyViolations: string[] = [];

afterAll(async () => {
  await browser?.close();
});

const canvas = (partners: number) => page.locator(`[data-testid="graph-canvas"][data-node-count="${partners}"]`);
const statusLine = () => page.getByRole('status').filter({ hasText: 'Showing' });
const open = (search: string) => page.goto(`${api.url}/${search}`);

describe('the explorer', () => {
  it("draws a partner's neighbourhood from a shared URL, with its profile", async () => {
    await open(`?partner=${fx.id('hub')}`);
    await canvas(5).waitFor();
    expect(await statusLine().textContent()).toMatch(/Showing 5 of 5 partners within 1 hop/);
    expect(await canvas(5).locator('canvas').count()).toBeGreaterThan(0);
    await page
      .getByRole('region', { name: 'Selected partner' })
      .getByRole('heading', { name: name('hub') })
      .waitFor();
    await page.getByRole('region', { name: 'Legend' }).getByText(`E2E Area ${fx.prefix}`).waitFor();
    await saveScreenshot(page, 'explorer-neighborhood');
  });

  it('finds a partner by typing, chooses it with the keyboard, and puts it in the URL', async () => {
    const search = page.getByRole('combobox', { name: 'Find a partner' });
    await search.fill(`loner ${fx.prefix}`);
    await page.getByRole('option', { name: new RegExp(name('loner')) }).waitFor();
    await search.press('ArrowDown');
    await search.press('Enter');
    await canvas(1).waitFor();
    expect(new URL(page.url()).searchParams.get('partner')).toBe(fx.id('loner'));
    await page.getByText('has no ties yet').waitFor();
  });

  it('goes back to the previous partner with the Back button', async () => {
    await page.goBack();
    await canvas(5).waitFor();
    expect(new URL(page.url()).searchParams.get('partner')).toBe(fx.id('hub'));
  });

  it('expands a partner into the view, collapses it, and undoes and redoes', async () => {
    await page.getByRole('button', { name: 'Show table' }).click();
    await page.getByRole('button', { name: `Expand ${name('one')}` }).click();
    await page
      .getByRole('row')
      .filter({ hasText: name('x2') })
      .waitFor();
    expect(await page.getByRole('row').count()).toBe(1 + 7);
    await page.getByRole('button', { name: 'Show graph' }).click();
    await canvas(7).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await canvas(5).waitFor();
    await page.getByRole('button', { name: 'Redo' }).click();
    await canvas(7).waitFor();
    // Select "one" from the table, then collapse its expansion from the toolbar.
    await page.getByRole('button', { name: 'Show table' }).click();
    await page.getByRole('button', { name: name('one'), exact: true }).click();
    await page.getByRole('button', { name: 'Show graph' }).click();
    await page.getByRole('toolbar').getByRole('button', { name: 'Collapse' }).click();
    await canvas(5).waitFor();
    await page.keyboard.press('Control+z');
    await canvas(7).waitFor();
  });

  it('filters, keeps the filters in the URL, and shows the same view after a reload', async () => {
    await page.getByLabel('Tier').selectOption('gold');
    await canvas(3).waitFor();
    expect(new URL(page.url()).searchParams.get('tier')).toBe('gold');
    await page.reload();
    await canvas(3).waitFor();
    expect(await page.getByLabel('Tier').inputValue()).toBe('gold');
    await page.getByLabel('Tier').selectOption('');
    await canvas(5).waitFor();
  });

  it('says when the filters leave nobody but the focused partner, and clears them', async () => {
    await page.getByLabel('Account manager').selectOption('true');
    await page.getByLabel('Ties at least').selectOption('5');
    await page.getByText(`No partner within 1 hop of ${name('hub')} matches these filters.`).waitFor();
    await canvas(1).waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await canvas(5).waitFor();
    expect(new URL(page.url()).searchParams.get('minStrength')).toBeNull();
    expect(await page.getByLabel('Account manager').inputValue()).toBe('');
  });

  it('finds the shortest chains to another partner, says them in words and highlights them', async () => {
    const target = page.getByRole('combobox', { name: 'Partner to reach' });
    await target.fill(`far ${fx.prefix}`);
    await page.getByRole('option', { name: new RegExp(name('far')) }).click();
    const description = `${name('hub')} (PAL) knows ${name('one')}, who knows ${name('x2')}, who knows ${name('far')}`;
    await page.getByRole('button', { name: description }).waitFor();
    // The chain's partners join the view and the chain (4 partners, 3 ties) is highlighted.
    await page.locator('[data-testid="graph-canvas"][data-highlighted="7"]').waitFor();
    await canvas(7).waitFor();
    expect(new URL(page.url()).searchParams.get('pathTo')).toBe(fx.id('far'));
    await saveScreenshot(page, 'explorer-path');
  });

  it('exports the view as PNG, JSON and the visible partners as CSV', async () => {
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(pngBytes.length).toBeGreaterThan(5000);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(new RegExp(`^partner-graph-${fx.id('hub')}-.*\\.csv$`));
    const rows = Papa.parse<Record<string, string>>(readFileSync((await csv.path())!, 'utf8'), { header: true }).data;
    expect(rows.map((row) => row.name).sort()).toEqual(['hub', 'one', 'two', 'three', 'four', 'x2', 'far'].map(name).sort());
    expect(rows.find((row) => row.id === fx.id('hub'))).toMatchObject({ pal: 'yes', tier: 'community', hops: '0' });

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON' }).click()]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    const kinds = exported.elements.map((element: { data: { kind: string } }) => element.data.kind);
    expect(kinds).toContain('INTRODUCTION');
    expect(kinds.filter((kind: string) => kind === 'partner')).toHaveLength(7);
  });

  it("lists a selected partner's introductions with their status", async () => {
    await page.getByRole('button', { name: 'Show table' }).click();
    await page.getByRole('button', { name: name('one'), exact: true }).click();
    const panel = page.getByRole('region', { name: 'Selected partner' });
    await panel.getByRole('heading', { name: name('one') }).waitFor();
    await panel.getByText(`to ${name('three')}`).waitFor();
    expect(await panel.locator('.status-accepted').count()).toBe(1);
    await page.getByRole('button', { name: 'Show graph' }).click();
  });

  it('switches to the WebGL renderer and back, keeping the view and the choice in the URL', async () => {
    await open(`?partner=${fx.id('hub')}`);
    await canvas(5).waitFor();
    await page.getByRole('button', { name: 'WebGL off' }).click();
    await page.locator('[data-testid="graph-canvas"][data-renderer="webgl"][data-node-count="5"]').waitFor();
    expect(new URL(page.url()).searchParams.get('webgl')).toBe('1');
    await page.getByRole('button', { name: 'WebGL on' }).click();
    await page.locator('[data-testid="graph-canvas"][data-renderer="canvas"][data-node-count="5"]').waitFor();
  });

  it('colours partners by area even when the list of areas arrives after the graph', async () => {
    // The areas are held back until the graph is drawn.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/areas', async (route) => {
      await released;
      await route.continue();
    });
    await open(`?partner=${fx.id('hub')}`);
    await canvas(5).waitFor();
    await page.waitForFunction(() => window.__partnerGraph !== undefined);
    const colourOfHub = () => page.evaluate((id) => window.__partnerGraph?.cy.getElementById(id).data('colour') as string | undefined, fx.id('hub'));
    expect(await colourOfHub()).toBe('#7B8794');
    release();
    await page.waitForFunction((id) => window.__partnerGraph?.cy.getElementById(id).data('colour') !== '#7B8794', fx.id('hub'));
    await page.unroute('**/api/areas');
  });

  it('says when the database is down, and recovers on retry', async () => {
    await page.route('**/api/graph/neighborhood/**', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'database_unavailable', message: 'down' } }) }),
    );
    await open(`?partner=${fx.id('two')}`);
    const alert = page.getByRole('alert').filter({ hasText: 'not answering' });
    await alert.waitFor();
    await saveScreenshot(page, 'explorer-database-down');
    await page.unroute('**/api/graph/neighborhood/**');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await canvas(3).waitFor();
  });

  it('says so when the partner in the URL does not exist', async () => {
    await open(`?partner=${fx.id('nobody')}`);
    await page.getByRole('alert').filter({ hasText: 'not in the network' }).waitFor();
  });

  it('starts from the PALs when no partner is chosen', async () => {
    await open('');
    await page.getByRole('heading', { name: 'Who knows whom in the partner community' }).waitFor();
    await saveScreenshot(page, 'explorer-welcome');
  });

  it('did all of the above without the content security policy blocking anything', () => {
    expect(policyViolations).toEqual([]);
  });
});

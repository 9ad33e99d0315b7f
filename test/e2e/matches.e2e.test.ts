import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

/** Me seeks migration; Best offers it and seeks what I offer; Pam, our PAL, knows us both. */
const { fx, api } = apiSuite();
let browser: Browser;
let page: Page;
const name = (key: string) => `${key[0]!.toUpperCase()}${key.slice(1)} ${fx.prefix}`;

beforeAll(async () => {
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
  await fx.partner('asker', { area, name: name('asker'), seeks: [migration] });
  await api.post('/api/questions', { partner: fx.id('asker'), specialty: migration, text: `Who migrates mailboxes? ${fx.prefix}` });
  // A question Pam will pass on to Vic, a PAL of another area.
  const elsewhere = await fx.area('elsewhere', `Elsewhere ${fx.prefix}`);
  await fx.partner('vic', { area: elsewhere, name: name('vic') });
  await fx.pal(fx.id('vic'), elsewhere);
  await api.post('/api/questions', { partner: fx.id('asker'), specialty: voice, text: `Who knows Teams voice? ${fx.prefix}` });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
  // An admin may open every screen; roles.e2e.test.ts checks what each role sees.
  await signInThroughPage(page, api.url, await fx.user('browser-admin', 'admin'));
});

afterAll(async () => {
  await browser?.close();
});

describe('matches and the PAL desk', () => {
  it('shows why a partner matches, and sends an introduction request to the PAL on the warm route', async () => {
    await page.goto(`${api.url}/?partner=${fx.id('me')}&tab=matches`);
    const card = page.locator('.match-card').filter({ hasText: name('best') });
    await card.getByText(`Offers Migration ${fx.prefix}, which you seek`).waitFor();
    await card.getByText(`Seeks Voice ${fx.prefix}, which you offer`).waitFor();
    expect(await card.getByText(/Warm route:/).textContent()).toContain(`${name('pam')} (PAL)`);
    // Hovering a match draws its warm route on the graph.
    await card.hover();
    await page.locator('[data-testid="graph-canvas"][data-highlighted="5"]').waitFor();
    await saveScreenshot(page, 'matches-tab');
    await card.getByRole('button', { name: 'Ask for an introduction' }).click();
    await card.getByText(`Request sent to ${name('pam')}`).waitFor();
  });

  it("shows the request in the PAL's pipeline, where the PAL sends it to both (asking first), and the match no longer offers to ask again", async () => {
    await page.goto(`${api.url}/?partner=${fx.id('pam')}&tab=desk`);
    const proposed = page.getByRole('listitem', { name: /^Proposed: / });
    const request = proposed.getByRole('listitem').filter({ hasText: `${name('me')} → ${name('best')}` });
    await request.waitFor();
    expect(await request.textContent()).toContain(`asked by ${name('me')}`);
    await saveScreenshot(page, 'pal-desk');
    await request.getByRole('button', { name: 'Send to both' }).click();
    await request.getByRole('alertdialog', { name: 'Send to both' }).getByRole('button', { name: 'Send to both' }).click();
    const waiting = page
      .getByRole('listitem', { name: /^Waiting for both sides: / })
      .getByRole('listitem')
      .filter({ hasText: `${name('me')} → ${name('best')}` });
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain(`Waiting for ${name('me')} and ${name('best')}`);

    await page.goto(`${api.url}/?partner=${fx.id('me')}&tab=matches`);
    const card = page.locator('.match-card').filter({ hasText: name('best') });
    await card.getByText('Introduction already waiting for both sides.').waitFor();
    expect(await card.getByRole('button', { name: 'Ask for an introduction' }).count()).toBe(0);
  });

  it('lets a partner ask a question, which goes to the PAL who is expert in it', async () => {
    await page.goto(`${api.url}/?partner=${fx.id('me')}`);
    const form = page.getByRole('form', { name: 'Ask a PAL' });
    await form.getByLabel('About').selectOption(fx.id('migration'));
    await form.getByLabel('Question').fill(`Any advice on tenant-to-tenant moves? ${fx.prefix}`);
    await form.getByRole('button', { name: 'Send question' }).click();
    await form.getByText(`Sent to ${name('pam')}.`).waitFor();
    // The list of questions beside the form shows it at once, with no reload.
    await page.getByRole('region', { name: 'Questions asked' }).getByText(`Any advice on tenant-to-tenant moves? ${fx.prefix}`).waitFor();
  });

  it('lets the PAL forward a question with a note the receiving PAL reads, and keep it in sight', async () => {
    await page.goto(`${api.url}/?partner=${fx.id('pam')}&tab=desk`);
    const question = page.locator('.question').filter({ hasText: `Who knows Teams voice? ${fx.prefix}` });
    await question.getByRole('combobox', { name: /^Forward to/ }).selectOption(fx.id('vic'));
    await question.getByLabel('Note for the PAL you forward to').fill('Vic ran the voice workshop');
    await question.getByRole('button', { name: 'Forward' }).click();
    await page
      .locator('.question-list')
      .filter({ hasText: 'Forwarded by me' })
      .getByText(`You forwarded it; it is with ${name('vic')}.`)
      .waitFor();
    await page.goto(`${api.url}/?partner=${fx.id('vic')}&tab=desk`);
    await page
      .locator('.question-list')
      .filter({ hasText: 'Forwarded to me' })
      .getByText(`Forwarded by ${name('pam')}: “Vic ran the voice workshop”`)
      .waitFor();
  });

  it('lists the questions routed to the PAL, who answers one', async () => {
    await page.goto(`${api.url}/?partner=${fx.id('pam')}&tab=desk`);
    const question = page.locator('.question').filter({ hasText: `Who migrates mailboxes? ${fx.prefix}` });
    await question.getByRole('textbox', { name: 'Answer' }).fill('Best does, ask them.');
    await question.getByRole('button', { name: 'Answer', exact: true }).click();
    await page.locator('.question-list').filter({ hasText: 'Answered' }).getByText('Best does, ask them.').waitFor();
  });
});

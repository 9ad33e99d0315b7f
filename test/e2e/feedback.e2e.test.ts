import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

/** Area with PAL Pam and partner Pat. */
const { fx, api } = apiSuite();
let browser: Browser;
const text = `Renewal quotes take two weeks ${fx.prefix}`;
const title = `Slow renewal quotes ${fx.prefix}`;

beforeAll(async () => {
  const area = await fx.area('area', `Feedback Area ${fx.prefix}`);
  await fx.partner('pam', { area, name: `Pam ${fx.prefix}` });
  await fx.partner('pat', { area, name: `Pat ${fx.prefix}` });
  await fx.partner('pia', { area, name: `Pia ${fx.prefix}` });
  await fx.pal(fx.id('pam'), area);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('feedback carried to the vendor', () => {
  it('a partner gives feedback, their PAL merges it into a theme and raises it, and the partner sees the new status', async () => {
    const partner = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const partnerPage = await partner.newPage();
    await signInThroughPage(partnerPage, api.url, await fx.user('pat', 'partner', fx.id('pat')));
    await partnerPage.getByRole('link', { name: 'Feedback' }).click();
    const form = partnerPage.getByRole('form', { name: 'Give feedback' });
    await form.getByLabel('or a programme area').fill('renewals');
    await form.getByLabel('negative').check();
    await form.getByLabel('Your feedback').fill(text);
    await form.getByRole('button', { name: 'Send to my PAL' }).click();
    await form.getByText(`sent to Pam ${fx.prefix}`).waitFor();
    await partnerPage.getByRole('region', { name: 'Your feedback' }).getByText(text).waitFor();

    const pal = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const palPage = await pal.newPage();
    await signInThroughPage(palPage, api.url, await fx.user('pam', 'pal', fx.id('pam')));
    await palPage.goto(`${api.url}/feedback`);
    const merge = palPage.getByRole('form', { name: 'Merge into a theme' });
    await merge.getByRole('checkbox', { name: `Choose: ${text}` }).check();
    await merge.getByLabel('Theme title').fill(title);
    await merge.getByRole('button', { name: 'Merge 1 into a theme' }).click();
    const theme = palPage.getByRole('listitem', { name: title });
    await theme.getByText('collected').waitFor();
    await theme.getByLabel('Raised where').fill('Partner conference 2026');
    await theme.getByRole('button', { name: 'Raise with the vendor' }).click();
    await theme.getByText('raised with the vendor').waitFor();
    await saveScreenshot(palPage, 'feedback-pal');

    await partnerPage.reload();
    await partnerPage.getByRole('region', { name: 'Your feedback' }).getByText(`In theme “${title}”`).waitFor();
    await partnerPage.getByRole('region', { name: 'Your feedback' }).getByText('raised with the vendor').waitFor();
    await partnerPage.getByRole('listitem', { name: title }).getByText('Raised at Partner conference 2026').waitFor();
    await saveScreenshot(partnerPage, 'feedback-partner');

    // More feedback saying the same goes into the theme that exists, not a new one.
    const again = `Renewals again ${fx.prefix}`;
    await form.getByLabel('or a programme area').fill('renewals');
    await form.getByLabel('negative').check();
    await form.getByLabel('Your feedback').fill(again);
    await form.getByRole('button', { name: 'Send to my PAL' }).click();
    await partnerPage.getByRole('region', { name: 'Your feedback' }).getByText(again).waitFor();
    await palPage.reload();
    await merge.getByRole('checkbox', { name: `Choose: ${again}` }).check();
    await merge.getByLabel('Into').selectOption({ label: `${title} (raised)` });
    expect(await merge.getByLabel('Theme title').count()).toBe(0);
    await merge.getByRole('button', { name: 'Add 1 to the theme' }).click();
    await merge.getByRole('checkbox', { name: `Choose: ${again}` }).waitFor({ state: 'detached' });
    await partnerPage.reload();
    const yours = partnerPage.getByRole('region', { name: 'Your feedback' });
    await yours.getByText(again).waitFor();
    await expect.poll(() => yours.getByText(`In theme “${title}”`).count()).toBe(2);
    await partner.close();
    await pal.close();
  });

  it('offers a partner writing feedback the theme that already says it, and adds their voice instead', async () => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    await signInThroughPage(page, `${api.url}/feedback`, await fx.user('pia', 'partner', fx.id('pia')));
    const form = page.getByRole('form', { name: 'Give feedback' });
    await form.getByLabel('Your feedback').fill('Our renewal quotes are slow too');
    const similar = form.getByRole('region', { name: 'Others said something similar' });
    await similar.getByText(title).waitFor();
    await similar.getByRole('button', { name: 'Add my voice' }).click();
    await form.getByRole('status').getByText(`Your voice is added to “${title}”.`).waitFor();
    await page
      .getByRole('listitem', { name: title })
      .getByText(/2 partners/)
      .waitFor();
    await context.close();
  });
});

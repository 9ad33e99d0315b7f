import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../support/api-suite';
import { launchBrowser, signInThroughPage } from '../support/browser';
import { saveScreenshot } from '../support/screenshots';

/** Area with PAL Pam running a group with an upcoming meeting; partner Pat is a member. */
const { fx, api } = apiSuite();
let browser: Browser;
let page: Page;
const groupName = `Group g ${fx.prefix}`;

beforeAll(async () => {
  const area = await fx.area('area', `Community Area ${fx.prefix}`);
  await fx.partner('pam', { area, name: `Pam ${fx.prefix}` });
  await fx.partner('pat', { area, name: `Pat ${fx.prefix}` });
  await fx.pal(fx.id('pam'), area);
  await fx.group('g', area, fx.id('pam'), [fx.id('pat')]);
  await fx.specialty('visits', `Visits ${fx.prefix}`);
  const startsAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
  await api.post(`/api/groups/${fx.id('g')}/meetings`, { title: `Spring meetup ${fx.prefix}`, startsAt, place: 'Town hall' });
  await api.post('/api/announcements', { title: `For the area ${fx.prefix}`, body: 'From the vendor', audience: { kind: 'area', area } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
  await signInThroughPage(page, api.url, await fx.user('pat', 'partner', fx.id('pat')));
});

afterAll(async () => {
  await browser?.close();
});

describe('the community page', () => {
  it("shows a partner the announcements meant for them and their area's groups; they mark one read and register for a meeting", async () => {
    await page.getByRole('link', { name: 'Community' }).click();
    const announcement = page.getByRole('listitem', { name: `For the area ${fx.prefix}` });
    await announcement.getByText('new').waitFor();
    await announcement.getByRole('button', { name: 'Mark read' }).click();
    await announcement.getByRole('button', { name: 'Mark read' }).waitFor({ state: 'detached' });

    const group = page.getByRole('listitem', { name: groupName });
    await group.getByText(`next: Spring meetup ${fx.prefix}`).waitFor();
    await group.getByRole('button', { name: 'Meetings' }).click();
    await group.getByText('0 registered').waitFor();
    await group.getByRole('button', { name: 'Register' }).click();
    await group.getByText('1 registered').waitFor();
    // Registered, it says so, offers to cancel (and registering again registers again), and the meeting is on their home.
    await group.getByText('You are registered').waitFor();
    await group.getByRole('button', { name: 'Cancel registration' }).click();
    await group.getByText('0 registered').waitFor();
    await group.getByRole('button', { name: 'Register' }).click();
    await group.getByText('You are registered').waitFor();
    expect(await group.getByRole('link', { name: 'Add to calendar' }).getAttribute('href')).toBe(`/api/groups/${fx.id('g')}/calendar.ics`);
    // A partner does not run the group: no planning or attendance controls.
    expect(await group.getByRole('form').count()).toBe(0);
    await saveScreenshot(page, 'community');
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('list', { name: 'Meetings you registered for' }).getByText(`Spring meetup ${fx.prefix}`).waitFor();
  });

  it('lets a PAL record a group visit with what it covered, filed under their area’s happenings', async () => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 1000 } });
    const palPage = await context.newPage();
    await signInThroughPage(palPage, api.url, await fx.user('pam', 'pal', fx.id('pam')));
    await palPage.goto(`${api.url}/community`);
    const form = palPage.getByRole('form', { name: 'Record an activity' });
    await form.getByLabel('Kind').selectOption('group-visit');
    await form.getByLabel('Group visited').selectOption(fx.id('g'));
    await form.getByLabel('Title').fill(`Talk at the group ${fx.prefix}`);
    const search = form.getByRole('combobox', { name: 'Add to “What it covered”' });
    await search.fill(`Visits ${fx.prefix}`);
    await search.press('Enter');
    await form.getByRole('list', { name: 'What it covered' }).getByText(`Visits ${fx.prefix}`).waitFor();
    await form.getByRole('button', { name: 'Record' }).click();
    await form.getByRole('status').getByText('Recorded.').waitFor();
    await palPage.reload();
    await palPage.getByText(`Talk at the group ${fx.prefix}`).first().waitFor();
    await context.close();
  });

  it('shows groups in the explorer when asked, with their own style in the legend, and keeps the choice in the URL', async () => {
    await page.getByRole('link', { name: 'Explorer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'within 1 hop' }).waitFor();
    expect(await page.getByRole('region', { name: 'Legend' }).getByText('User group').count()).toBe(0);
    await page.getByLabel('Groups, meetings, activities').check();
    await page.waitForURL((url) => url.searchParams.get('community') === '1');
    await page.getByRole('region', { name: 'Legend' }).getByText('User group').waitFor();
    await page.locator('[data-testid="graph-canvas"]').waitFor();
    // Pat's one group is drawn once the view with community life is on screen.
    await page.waitForFunction(
      () =>
        (window as unknown as { __partnerGraph?: { cy: { nodes(selector: string): { length: number } } } }).__partnerGraph?.cy.nodes('[kind = "group"]')
          .length === 1,
    );
  });
});

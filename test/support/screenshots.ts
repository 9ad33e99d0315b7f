import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../server/src/paths';

/** Saves what the page shows under test-artifacts/ (ignored by git), for people to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  const folder = join(projectRoot, 'test-artifacts');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}

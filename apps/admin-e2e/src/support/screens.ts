import { expect, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../../../dist/screenshots');
mkdirSync(DIR, { recursive: true });

/** Saves a full-page screenshot under dist/screenshots/ (kept as a CI artifact). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true });
}

/**
 * The whole page at the current width: the shell scrolls inside, so a full-page shot alone would
 * stop at the window; the window is made as tall as the content for the shot, then put back.
 */
export async function wholePage(page: Page, name: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 1366, height: 900 };
  const content = page.locator('mat-sidenav-content');
  const height = await content.evaluate((el) => el.getBoundingClientRect().top + el.scrollHeight);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil(height)) });
  await screenshot(page, name);
  await page.setViewportSize(size);
}

/** The page must not scroll sideways (tables stack, documents scale). */
export async function expectNoSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

export const DEMO_PASSWORD = 'ThiDua@2026';

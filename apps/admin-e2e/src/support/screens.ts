import { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '../../../../dist/screenshots');
mkdirSync(DIR, { recursive: true });

/** Saves a full-page screenshot under dist/screenshots/ (kept as a CI artifact). */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true });
}

export const DEMO_PASSWORD = 'ThiDua@2026';

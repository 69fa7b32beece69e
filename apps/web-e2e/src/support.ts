import { expect, type Browser, type Page } from '@playwright/test';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 900 };

/** A person on their own device: a fresh browser context (own storage), signed in with the demo password. */
export async function signedIn(browser: Browser, username: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  await page.goto('/masuk');
  await page.getByLabel('Nama pengguna atau email').fill(username);
  await page.getByLabel('Kata sandi').fill('jangkau-demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('.user-box')).toBeAttached();
  return page;
}

/** The page does not scroll sideways (phones). */
export async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

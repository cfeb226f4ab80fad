import { expect, type Page } from '@playwright/test';

/**
 * Waits until the service worker controls the page: installed, precached, and (clientsClaim) taken over this
 * tab, so what the page fetches from now on goes through it and can be answered offline.
 */
export async function untilServiceWorkerControls(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

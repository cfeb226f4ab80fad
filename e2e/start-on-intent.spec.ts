import { expect, test, type Page } from '@playwright/test';
import { collectScripts } from './support/fetched-scripts';

// A first visit's home page starts its app on the reader's intent (src/app/start-on-intent.ts): a visit that only
// reads fetches no script. Every other page, and a returning reader's home, start at load.

const running = (page: Page) => page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')));

test.describe('a first visit to the home page', () => {
  test('fetches no script while the reader only reads; a pointer coming to rest on a link starts the app', async ({ page }) => {
    const scripts = collectScripts(page);
    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The pointer over text is no intent.
    const intro = page.locator('.home-hero p').first();
    await intro.hover();
    await page.waitForLoadState('networkidle');
    expect(await scripts.bodies()).toEqual([]);
    expect(await running(page)).toBe(false);

    await page.getByRole('link', { name: 'examflow' }).hover();
    await expect.poll(() => running(page)).toBe(true);
    expect((await scripts.bodies()).length).toBeGreaterThan(0);
  });

  test('a key starts the app, and Tab lands where the browser puts it', async ({ page }) => {
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await expect.poll(() => running(page)).toBe(true);
  });

  test("a link followed before the app runs opens the next page, whose app starts at load", async ({ page }) => {
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.getByRole('navigation').getByRole('link', { name: 'Tags' }).click();
    await expect(page).toHaveURL(/\/tags$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => running(page)).toBe(true);
  });
});

test('a returning reader (settings saved) gets the app at load, with no interaction', async ({ page }) => {
  await page.addInitScript(() => {
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
  await page.goto('/');
  await expect.poll(() => running(page)).toBe(true);
});

test('every other page of a first visit starts its app at load', async ({ page }) => {
  await page.goto('/tags');
  await expect.poll(() => running(page)).toBe(true);
});

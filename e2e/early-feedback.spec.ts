import { expect, test, type Locator } from '@playwright/test';
import { holdAppScripts } from './support/hold-app-scripts';
import { untilHydrated } from './support/hydration';

// On a first visit the home page's app starts on the reader's first press (src/app/start-on-intent.ts), so every
// press there comes before the app runs: each must show at once that it was heard, and do what it says once the
// app is up. The app's scripts are held here, as a slow link holds them, until the test has looked (so the page
// is only awaited until its HTML is read: its load would wait for them).

/** What a reader sees of a control marked busy: the progress cursor and the bar along its foot (base.css). */
async function expectBusy(control: Locator, busy: boolean) {
  await expect(control).toHaveCSS('cursor', busy ? 'progress' : 'pointer');
  if (busy) await expect(control).toHaveCSS('background-image', /gradient/);
  else await expect(control).toHaveCSS('background-image', 'none');
}

test.describe("a press on a first visit's home page, before its app runs", () => {
  // The page registers its service worker at load, and a worker in control would answer the held scripts itself.
  test.use({ serviceWorkers: 'block' });

  test('the language button shows it was heard at once; the page turns Korean once the app runs', async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const button = page.getByRole('button', { name: '한국어' });
    await button.click();
    await scripts.firstAsked;
    await expectBusy(button, true);

    await scripts.release();
    await untilHydrated(page);
    await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '복습' })).toBeVisible();
    await expectBusy(page.getByRole('button', { name: 'English' }), false);
  });

  test('the search button shows it was heard at once; search opens once the app runs', async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const button = page.getByRole('button', { name: 'Search notes' });
    await button.click();
    await scripts.firstAsked;
    await expectBusy(button, true);

    await scripts.release();
    await expect(page.getByRole('combobox', { name: 'Search notes' })).toBeFocused();
    await expectBusy(button, false);
  });

  test('the search shortcut marks the search button busy at once; search opens once the app runs', async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await page.locator('body').press('/');
    await scripts.firstAsked;
    const button = page.getByRole('button', { name: 'Search notes' });
    await expectBusy(button, true);

    await scripts.release();
    await expect(page.getByRole('combobox', { name: 'Search notes' })).toBeFocused();
    await expectBusy(button, false);
  });

  test("a tag group opens at once, busy, and lists its notes once the app runs", async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const group = page.locator('.home-tag-groups details').first();
    const summary = group.locator('summary');
    await summary.click();
    await scripts.firstAsked;
    await expect(group).toHaveAttribute('open', '');
    await expectBusy(summary, true);

    await scripts.release();
    await expect(group.getByRole('link').first()).toBeVisible();
    await expectBusy(summary, false);
  });

  test('the theme button turns the page dark at once, with no busy mark, and the app keeps it', async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    await scripts.firstAsked;
    const button = page.getByRole('button', { name: 'Use light theme' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectBusy(button, false);

    await scripts.release();
    await untilHydrated(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(button).toBeVisible();
  });

  test("a phone's Menu button opens the menu at once, and it stays open once the app runs", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const scripts = await holdAppScripts(page);
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    const button = page.getByRole('button', { name: 'Menu' });
    await button.click();
    await scripts.firstAsked;
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Settings' })).toBeInViewport();
    await expectBusy(button, false);

    await scripts.release();
    await untilHydrated(page);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});

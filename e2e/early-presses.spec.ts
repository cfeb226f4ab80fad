import { expect, test, type Page } from '@playwright/test';
import { holdAppScripts } from './support/hold-app-scripts';
import { untilHydrated } from './support/hydration';

async function settle(page: Page, language: 'en' | 'ko' = 'en') {
  await page.addInitScript((lang) => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: lang, theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  }, language);
}

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

test.describe('a press in the header before the app has started is not lost', () => {
  test.beforeEach(async ({ page }) => settle(page));

  test('the theme button turns the page dark at once, the app keeps it, and its own handler answers the next press', async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/tags', { waitUntil: 'commit' });
    await scripts.firstAsked;
    await page.getByRole('button', { name: 'Use dark theme' }).click();
    expect(await theme(page)).toBe('dark');
    await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();

    await scripts.release();
    await untilHydrated(page);
    await expect(page.getByRole('button', { name: 'Use light theme' })).toBeVisible();
    expect(await theme(page)).toBe('dark');
    await page.reload();
    await untilHydrated(page);
    expect(await theme(page)).toBe('dark');
    await page.getByRole('button', { name: 'Use light theme' }).click();
    await expect(page.getByRole('button', { name: 'Use dark theme' })).toBeVisible();
    expect(await theme(page)).toBe('light');
  });

  test('the language button draws the page in Korean once the app runs', async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/tags', { waitUntil: 'commit' });
    await scripts.firstAsked;
    await page.getByRole('button', { name: '한국어' }).click();
    await scripts.release();
    await untilHydrated(page);
    await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '복습' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });

  test("a phone's Menu button opens the menu at once; it stays open, and Escape closes it once the app runs", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const scripts = await holdAppScripts(page);
    await page.goto('/tags', { waitUntil: 'commit' });
    await scripts.firstAsked;
    const button = page.getByRole('button', { name: 'Menu' });
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Settings' })).toBeInViewport();

    await scripts.release();
    await untilHydrated(page);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Settings' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Settings' })).toBeHidden();
  });
});

test.describe('a choice on the Settings page before the app has started is kept', () => {
  test.beforeEach(async ({ page }) => settle(page));

  test('its theme, language, shuffle and image choices are applied and saved once the app runs', async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/settings', { waitUntil: 'commit' });
    await scripts.firstAsked;
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('checkbox', { name: 'Shuffle the answer options' }).check();
    await page.getByRole('radio', { name: "Don't load" }).check();
    await page.getByRole('radio', { name: '한국어' }).check();

    await scripts.release();
    await untilHydrated(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('radio', { name: '어둡게' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '보기 순서 섞기' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '불러오지 않기' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '한국어' })).toBeChecked();
    expect(await theme(page)).toBe('dark');

    await page.reload();
    await untilHydrated(page);
    await expect(page.getByRole('radio', { name: '어둡게' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '보기 순서 섞기' })).toBeChecked();
    await expect(page.getByRole('radio', { name: '불러오지 않기' })).toBeChecked();
    expect(await theme(page)).toBe('dark');
  });

  test('a number typed into a field is saved once the app runs; a number the field refuses is not', async ({ page }) => {
    const scripts = await holdAppScripts(page);
    await page.goto('/settings', { waitUntil: 'commit' });
    await scripts.firstAsked;
    await page.getByLabel('Minutes per exam').fill('90');
    await page.getByLabel('Pass mark').fill('5');

    await scripts.release();
    await untilHydrated(page);
    await expect(page.getByLabel('Minutes per exam')).toHaveValue('90');
    await expect(page.getByLabel('Pass mark')).toHaveValue('750');
    const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('examflow-settings') ?? '{}').state);
    await expect.poll(saved).toMatchObject({ examMinutes: 90, passMark: 750 });
    await page.reload();
    await untilHydrated(page);
    await expect(page.getByLabel('Minutes per exam')).toHaveValue('90');
    await expect(page.getByLabel('Pass mark')).toHaveValue('750');
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const NAV = {
  ko: ['노트', '태그', '시험', '복습', '진행 상황', '설정'],
  en: ['Notes', 'Tags', 'Exam', 'Review', 'Progress', 'Settings'],
} as const;

for (const language of ['ko', 'en'] as const) {
  test.describe(`header at 320 px, ${language}`, () => {
    test.use({ viewport: { width: 320, height: 640 } });
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((lang) => {
        if (localStorage.getItem('examflow-settings')) return;
        const state = { language: lang, theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
        localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
      }, language);
    });

    test('every item is reachable through the menu button, which Escape closes with focus back on it', async ({ page }) => {
      await page.goto('/');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const button = page.getByRole('button', { name: language === 'ko' ? '메뉴' : 'Menu' });
      await expect(button).toBeInViewport();
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('navigation').getByRole('link', { name: NAV[language][5] })).toBeHidden();

      await button.click();
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      for (const name of NAV[language]) await expect(page.getByRole('link', { name, exact: true })).toBeInViewport();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(button).toHaveAttribute('aria-expanded', 'false');
      await expect(button).toBeFocused();

      await page.keyboard.press('Enter');
      await page.getByRole('link', { name: NAV[language][5], exact: true }).click();
      await expect(page).toHaveURL(/\/settings$/);
      await expect(button).toHaveAttribute('aria-expanded', 'false');
    });
  });
}

test.describe('header on a desktop', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  test('shows every item at once, with no menu button', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: /^(메뉴|Menu)$/ })).toBeHidden();
    await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(6);
    for (const link of await page.getByRole('navigation').getByRole('link').all()) await expect(link).toBeInViewport();
  });
});

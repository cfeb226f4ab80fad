import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const pages = [
  ['home', '/'],
  ['all notes', '/notes'],
  ['note', '/notes/kms-sagemaker-s3-encryption'],
  ['tags', '/tags'],
  ['tag', '/tags/service/sagemaker'],
  ['practice', '/practice?note=kms-sagemaker-s3-encryption'],
  ['exam', '/exam'],
  ['review', '/review'],
  ['progress', '/progress'],
  ['settings', '/settings'],
  ['not found', '/no/such/page'],
] as const;

const variants = [
  { language: 'en', theme: 'light' },
  { language: 'ko', theme: 'dark' },
  { language: 'ko', theme: 'light' },
  { language: 'en', theme: 'dark' },
] as const;

for (const { language, theme } of variants) {
  test.describe(`${language}, ${theme}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(
        ([lang, th]) => {
          const state = { language: lang, theme: th, shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
          if (!localStorage.getItem('examflow-settings')) {
            localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
          }
        },
        [language, theme],
      );
    });

    for (const [name, path] of pages) {
      test(`axe finds nothing on ${name}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('#main h1')).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }
  });
}

import { expect, test } from '@playwright/test';
import { koreanPack } from '../src/i18n/messages/ko/pack.ts';

// Every Korean message of the catalogues a first visit starts with: none may reach an English reader.
const KOREAN = Object.values(koreanPack).flatMap((table) => Object.values(table)).filter((text) => !text.includes('{'));

test("an English reader's first visit fetches no Korean interface text; switching to Korean draws the page in Korean", async ({ page }) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await page.goto('/notes/kms-sagemaker-s3-encryption', { waitUntil: 'networkidle' });
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  const fetched = await Promise.all(scripts);
  expect(fetched.length).toBeGreaterThan(0);
  expect(KOREAN.length).toBeGreaterThan(100);
  expect(KOREAN.filter((text) => fetched.some((script) => script.includes(text)))).toEqual([]);

  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('link', { name: '본문으로 건너뛰기' })).toBeAttached();
  await expect(page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '복습' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('a Korean reader whose pack is slow sees the page in English after a while, then in Korean when the pack arrives', async ({ page }) => {
  await page.addInitScript(() => {
    const state = { language: 'ko', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
  let asked!: () => void;
  let deliver!: () => void;
  const packAsked = new Promise<void>((resolve) => (asked = resolve));
  const delivered = new Promise<void>((resolve) => (deliver = resolve));
  await page.route(/\/assets\/pack-[\w-]+\.js$/, async (route) => {
    asked();
    await delivered;
    await route.continue();
  });
  await page.goto('/tags');
  await packAsked;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Review' })).toBeVisible();
  deliver();
  await expect(page.getByRole('navigation').getByRole('link', { name: '복습' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

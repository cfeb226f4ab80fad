import { expect, test } from '@playwright/test';
import { KOREAN_PACK_WAIT_MS } from '../src/app/first-paint.ts';
import { koreanPack } from '../src/i18n/messages/ko/pack.ts';
import { collectScripts } from './support/fetched-scripts.ts';

// Every Korean message of the catalogues a first visit starts with: none may reach an English reader.
const KOREAN = Object.values(koreanPack).flatMap((table) => Object.values(table)).filter((text) => !text.includes('{'));

test("an English reader's first visit fetches no Korean interface text; switching to Korean draws the page in Korean", async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto('/notes/kms-sagemaker-s3-encryption', { waitUntil: 'networkidle' });
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
  const fetched = await scripts.bodies();
  expect(fetched.length).toBeGreaterThan(0);
  // The check below means something only if the pack holds many texts.
  expect(KOREAN.length).toBeGreaterThan(50);
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

test('a Korean reader whose pack has arrived but whose app draws late never sees the page in English first', async ({ page }) => {
  await page.addInitScript(() => {
    const state = { language: 'ko', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
  // The app's code and the pack come at once; only the entry that draws the page (hydrateRoot) is held, as a busy
  // phone would hold it, until after KOREAN_PACK_WAIT_MS. The page's clock is ours, so the fallback's time
  // comes only when the test says, after the pack has arrived, however slow the machine.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/entry\.client-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.clock.install({ time: 0 });
  await page.clock.pauseAt(1000);
  await page.goto('/tags', { waitUntil: 'domcontentloaded' });
  let pack = '';
  page.on('requestfinished', (request) => {
    if (/\/assets\/pack-[\w-]+\.js$/.test(request.url())) pack = request.url();
  });
  // The app starts after the next frame, which a paused clock draws only as it is run.
  await expect.poll(async () => {
    await page.clock.runFor(20);
    return pack;
  }).not.toBe('');
  // Resolves once the app's own import of the pack has been answered (the same module, asked for first).
  await page.evaluate((url) => import(url).then(() => undefined), pack);
  await page.clock.runFor(KOREAN_PACK_WAIT_MS);
  await expect(page.locator('html')).toHaveAttribute('data-pending-language', 'ko');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Review' })).toBeHidden();
  release();
  await page.clock.resume();
  await expect(page.getByRole('navigation').getByRole('link', { name: '복습' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('html')).not.toHaveAttribute('data-pending-language');
});

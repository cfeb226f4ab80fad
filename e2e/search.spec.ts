import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { holdAppScripts } from './support/hold-app-scripts';
import { untilHydrated } from './support/hydration';
import { collectScripts } from './support/fetched-scripts.ts';

const seedTitle = 'KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정';

async function openSearch(page: Page) {
  await untilHydrated(page);
  await page.getByRole('button', { name: 'Search notes' }).click();
  const input = page.getByRole('combobox', { name: 'Search notes' });
  await expect(input).toBeFocused();
  return input;
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (!localStorage.getItem('examflow-settings')) {
      const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
      localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
    }
  });
});

test('search "KMS" finds the seed note, marks the word and opens the note with Enter', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('KMS');
  const first = page.getByRole('option').first();
  await expect(first).toContainText(seedTitle);
  await expect(first.locator('mark').first()).toHaveText(/kms/i);
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/notes\/kms-sagemaker-s3-encryption\?in=search%3AKMS$/);
  await expect(page.locator('#main h1').first()).toHaveText(seedTitle);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('a Korean word finds notes that write it with an ending attached', async ({ page }) => {
  await page.goto('/');
  await untilHydrated(page);
  await page.locator('body').press('/');
  const input = page.getByRole('combobox', { name: 'Search notes' });
  await expect(input).toBeFocused();
  // The seed note writes "암호화된" and "암호화하여", never the bare word "암호" typed here.
  await input.fill('암호');
  const option = page.getByRole('option', { name: new RegExp(seedTitle) });
  await expect(option).toBeVisible();
  await expect(option.locator('mark').first()).toHaveText('암호');
  // Mixed Korean and English, with a typo in the English word.
  await input.fill('튜닝 sagemakr');
  await expect(page.getByRole('option').first()).toContainText('SageMaker 자동 모델 튜닝에서 범위 스케일과 병렬도 정하기');
});

test('arrow keys move through results, Escape closes and focus returns to the button', async ({ page }) => {
  await page.goto('/');
  const button = page.getByRole('button', { name: 'Search notes' });
  const input = await openSearch(page);
  await input.fill('sagemaker');
  const options = page.getByRole('option');
  await expect(options.nth(2)).toBeVisible();
  await input.press('ArrowDown');
  await input.press('ArrowDown');
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await options.nth(2).getAttribute('id'))!);
  await input.press('ArrowUp');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await input.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(button).toBeFocused();

  // Enter opens the note under the cursor, not just the first one.
  await openSearch(page);
  await input.fill('sagemaker');
  // The reopened dialog starts empty: the arrow moves through this query's results once they are listed.
  await expect(options.nth(1)).toBeVisible();
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const title = (await options.nth(1).locator('.search-result-title').textContent())!;
  await input.press('Enter');
  await expect(page.locator('#main h1').first()).toHaveText(title);
});

test('shows "no results" for a query that matches nothing', async ({ page }) => {
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('zzqx');
  await expect(page.getByRole('status').filter({ hasText: 'No notes match' })).toHaveText('No notes match “zzqx”.');
  await expect(page.getByRole('listbox')).toHaveCount(0);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the open dialog (${theme}, Korean)`, async ({ page }) => {
    await page.addInitScript((th) => {
      const state = { language: 'ko', theme: th, shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
      localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
    }, theme);
    await page.goto('/');
    await page.getByRole('button', { name: '노트 검색' }).click();
    await page.getByRole('combobox', { name: '노트 검색' }).fill('암호화');
    await expect(page.getByRole('option').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('works on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('KMS');
  const first = page.getByRole('option').first();
  await expect(first).toBeInViewport();
  await first.click();
  await expect(page).toHaveURL(/\/notes\/kms-sagemaker-s3-encryption\?in=search%3AKMS$/);
});

test('the index loads and answers in a Web Worker, which fetches its files itself, not the page', async ({ page }) => {
  await page.goto('/');
  const started = page.waitForEvent('worker');
  const input = await openSearch(page);
  const worker = await started;
  expect(worker.url()).toMatch(/search-worker[^/]*\.js$/);
  await input.fill('KMS');
  await expect(page.getByRole('option').first()).toContainText(seedTitle);
  // Each side's resource timing lists only what that side fetched.
  const indexFiles = (names: string[]) => names.map((name) => new URL(name).pathname).filter((path) => /\/search-(head|shard|docs|latin)/.test(path));
  const byWorker = indexFiles(await worker.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)));
  expect(byWorker.some((path) => /^\/assets\/search-head-[\w-]+\.json$/.test(path))).toBe(true);
  expect(byWorker.some((path) => /^\/assets\/search-shard-\d+-[\w-]+\.json$/.test(path))).toBe(true);
  expect(indexFiles(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)))).toEqual([]);
});

test('a part of the index that fails to load fails that search alone, and the next try fetches it again', async ({ page, context }) => {
  let refused = 0;
  await context.route(/\/assets\/search-shard-\d+-[\w-]+\.json$/, (route) => (refused++ === 0 ? route.abort() : route.continue()));
  await page.goto('/');
  const input = await openSearch(page);
  await input.fill('KMS');
  await expect(page.getByText(/Search stopped working \(search index part shard-\d+/)).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('option').first()).toContainText(seedTitle);
  expect(refused).toBeGreaterThan(1);
});

test.describe('search asked for before the app has started', () => {
  // The home page registers its service worker at load, and a worker in control would answer the held scripts itself.
  test.use({ serviceWorkers: 'block' });
  for (const [how, ask] of [
    ['pressing /', (page: Page) => page.keyboard.press('/')],
    ['pressing Ctrl+K', (page: Page) => page.keyboard.press('Control+k')],
    ['clicking the search button', (page: Page) => page.getByRole('button', { name: 'Search notes' }).click()],
  ] as const) {
    test(`search asked for by ${how} before the app has started opens once it runs, with focus in its field`, async ({ page }) => {
      const scripts = await holdAppScripts(page);
      const asked: string[] = [];
      page.on('request', (request) => asked.push(request.url()));
      await page.goto('/', { waitUntil: 'domcontentloaded' });
      // On a first visit the home page's app starts on the reader's intent: this very press (src/app/start-on-intent.ts).
      await ask(page);
      await scripts.firstAsked;
      await expect(page.getByRole('dialog')).toHaveCount(0);
      // The search's own scripts are asked for at the press, beside the app's, while no app script has run.
      await expect.poll(() => asked.filter((url) => /\/assets\/(search-dialog|load-index)-/.test(url)).length).toBe(2);
      await scripts.release();
      await untilHydrated(page);
      const input = page.getByRole('combobox', { name: 'Search notes' });
      await expect(input).toBeFocused();
      await expect(page.getByRole('dialog')).toHaveCount(1);
    });
  }
});

test('a / typed into a field before the app has started opens no search once it runs', async ({ page }) => {
  const scripts = await holdAppScripts(page);
  await page.goto('/settings', { waitUntil: 'commit' });
  await scripts.firstAsked;
  await page.getByRole('spinbutton').first().focus();
  await page.keyboard.press('/');
  await scripts.release();
  await untilHydrated(page);
  // The app's own handler is listening now: had the early / been remembered, the dialog would be open.
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test("a page's first scripts hold none of the search dialog's text or index loader: they arrive with the dialog, in the reader's language", async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto('/');
  await untilHydrated(page);
  await page.waitForLoadState('networkidle');
  const first = await scripts.bodies();
  expect(first.filter((body) => body.includes('Loading the search index'))).toEqual([]);
  // Nor the code that loads the index (the only code that names open-index, its way in where no worker runs): it
  // comes when the reader first reaches for search.
  expect(first.filter((body) => body.includes('open-index-'))).toEqual([]);
  const input = await openSearch(page);
  await expect(input).toHaveAttribute('placeholder', 'Titles, text, questions… e.g. KMS, 암호화');
  await input.fill('zzzqqq');
  await expect(page.getByRole('status').filter({ hasText: 'No notes match' })).toHaveText('No notes match “zzzqqq”.');
});

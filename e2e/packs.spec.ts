import { expect, test, type Page, type Request } from '@playwright/test';

// The packs project serves a generated vault the size of the sample (272 notes, most with a question; see
// playwright.config.ts): one request per note would be over two hundred, question packs keep it under 20.
const MOST_REQUESTS = 20;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 130, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
});

/**
 * Loads the practice page's code with a selection that matches nothing (so no session starts and no pack
 * opens): the requests counted next are the quiz's data, not the app's code, which any vault size shares.
 */
async function warmPracticeCode(page: Page) {
  await page.goto('/practice?ids=no-such-question', { waitUntil: 'networkidle' });
  await expect(page.getByText('No questions match this selection yet.')).toBeVisible();
}

/** Waits until the page has fetched nothing new for a moment: the lazily loaded parts of a page it just opened. */
async function settle(page: Page) {
  let last = -1;
  await expect.poll(async () => {
    const now = await page.evaluate(() => performance.getEntriesByType('resource').length);
    const still = now === last;
    last = now;
    return still;
  }, { intervals: [500] }).toBe(true);
}

/** Every request the page makes from `start` until the first question shows and the network is idle. */
async function requestsOf(page: Page, start: () => Promise<void>, heading: RegExp): Promise<string[]> {
  const urls: string[] = [];
  const listen = (request: Request) => urls.push(new URL(request.url()).pathname);
  page.on('request', listen);
  await start();
  await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  await page.waitForLoadState('networkidle');
  page.off('request', listen);
  return urls;
}

const packRequests = (urls: string[]) => urls.filter((url) => /\/question-pack-\d+-[^/]+\.js$/.test(url));

test('"Practice all questions" from the home page loads the whole vault in a few packs', async ({ page }) => {
  await warmPracticeCode(page);
  await page.getByRole('link', { name: 'examflow' }).click();
  await expect(page.getByRole('link', { name: 'Practice all questions' }).first()).toBeVisible();
  await settle(page);
  const urls = await requestsOf(page, () => page.getByRole('link', { name: 'Practice all questions' }).first().click(), /^Question 1 of (\d{3,})$/);
  expect(urls.length, urls.join('\n')).toBeLessThanOrEqual(MOST_REQUESTS);
  expect(packRequests(urls).length).toBeGreaterThan(1);
});

test('a tag\'s "Quiz this tag" opens only the packs that hold the tag\'s notes', async ({ page }) => {
  await warmPracticeCode(page);
  await page.getByRole('link', { name: 'Tags', exact: true }).click();
  await page.locator('a[href="/tags/service/s3"]').first().click();
  await expect(page.getByRole('link', { name: 'Quiz this tag' })).toBeVisible();
  await settle(page);
  const urls = await requestsOf(page, () => page.getByRole('link', { name: 'Quiz this tag' }).click(), /^Question 1 of \d+$/);
  expect(urls.length, urls.join('\n')).toBeLessThanOrEqual(MOST_REQUESTS);
  expect(packRequests(urls).length).toBeGreaterThan(0);
});

test('a 65-question exam starts within the same request budget', async ({ page }) => {
  await page.goto('/exam', { waitUntil: 'networkidle' });
  await page.getByLabel('Number of questions').fill('65');
  const urls = await requestsOf(page, () => page.getByRole('button', { name: 'Start the exam' }).click(), /^Question 1 of 65$/);
  expect(urls.length, urls.join('\n')).toBeLessThanOrEqual(MOST_REQUESTS);
  expect(packRequests(urls).length).toBeGreaterThan(0);
});

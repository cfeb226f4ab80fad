import { expect, test } from '@playwright/test';
import { untilHydrated } from './support/hydration';
import { collectScripts } from './support/fetched-scripts.ts';

test('open the app, open the seed note, see its title, tags and options A to D', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정' }).first().click();
  await expect(page).toHaveURL(/\/notes\/kms-sagemaker-s3-encryption$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정');
  for (const tag of ['service/kms', 'service/sagemaker', 'service/s3', 'security/encryption', 'permission/iam']) {
    await expect(page.getByRole('link', { name: tag, exact: true })).toBeVisible();
  }
  const options = page.locator('.note-question .note-option');
  await expect(options).toHaveCount(4);
  for (const [i, label] of ['A', 'B', 'C', 'D'].entries()) {
    await expect(options.nth(i)).toContainText(label);
  }
  await expect(options.nth(2)).toContainText('Assign an IAM role to the Amazon SageMaker notebook');
});

test('an alias lands on its note and an unknown note is a 404', async ({ page }) => {
  await page.goto('/notes/sagemaker-kms');
  await expect(page).toHaveURL(/\/notes\/kms-sagemaker-s3-encryption$/);
  await page.goto('/notes/no-such-note');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Note not found');
  await expect(page).toHaveTitle('Note not found · examflow');
  await page.goto('/no/such/page');
  await expect(page.getByRole('link', { name: 'Back to all notes' })).toBeVisible();
});

test("a note's questions fetch their code only as the reader nears them: the answer opens before it, and works after", async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url()));
  await page.goto('/notes/kms-sagemaker-s3-encryption', { waitUntil: 'networkidle' });
  const question = page.locator('.note-question').first();
  await expect(question).not.toBeInViewport();
  // The page around it is hydrated; the question is still its pre-rendered HTML, which React has not taken over.
  const hydrated = (selector: string) => page.locator(selector).first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber')));
  await expect.poll(() => hydrated('main h1')).toBe(true);
  expect(await hydrated('.note-question')).toBe(false);
  const atFirstPaint = scripts.length;
  const height = (selector: string) => question.locator(selector).evaluate((element) => element.getBoundingClientRect().height);
  const [statusBefore, questionBefore] = [await height('.status-question'), await question.evaluate((element) => element.getBoundingClientRect().height)];
  await question.scrollIntoViewIfNeeded();
  // Coming near the view fetches the question's code, and the question then runs on it: its status line
  // (known only in the browser) shows, and the answer opens.
  await expect.poll(() => scripts.length).toBeGreaterThan(atFirstPaint);
  await expect(question.getByText('Not tried yet')).toBeVisible();
  // Its status line had kept the place of a line of text: the question did not grow as it filled.
  expect(await height('.status-question')).toBeCloseTo(statusBefore, 1);
  expect(await question.evaluate((element) => element.getBoundingClientRect().height)).toBeCloseTo(questionBefore, 1);
  await question.getByText('Show the answer and explanations').click();
  await expect(question.getByText('Answer: C')).toBeVisible();
});

test("a note that is not long fetches none of a long note's code (its parts' loader and moved outline)", async ({ page }) => {
  const scripts = collectScripts(page);
  await page.goto('/notes/kms-sagemaker-s3-encryption');
  await untilHydrated(page);
  await page.waitForLoadState('networkidle');
  const bodies = await scripts.bodies();
  expect(bodies.length).toBeGreaterThan(0);
  // What finds a long note's later parts that the page does not hold yet (src/routes/note/use-note-parts.ts).
  expect(bodies.filter((body) => body.includes('[data-part]'))).toEqual([]);
  await expect(page.locator('.note-question .note-option')).toHaveCount(4);
});

test("a link to a note draws it from the note's pre-rendered data, and no page's scripts hold route discovery", async ({ page }) => {
  const scripts = collectScripts(page);
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await page.goto('/');
  await untilHydrated(page);
  const slug = 'kms-sagemaker-s3-encryption';
  await page.getByRole('link', { name: 'KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/notes/${slug}$`));
  await expect(page.locator('.note-question .note-option')).toHaveCount(4);
  // Drawn by the app from the page's data file, not loaded as a new document.
  expect(asked).toContain(`/notes/${slug}.data`);
  expect(asked.filter((path) => path === `/notes/${slug}`)).toEqual([]);
  await page.waitForLoadState('networkidle');
  // Every route is in the manifest every page loads: React Router's lazy route discovery (its fog of war)
  // asks a server for routes this static site has none to give.
  const bodies = await scripts.bodies();
  expect(bodies.length).toBeGreaterThan(0);
  expect(bodies.filter((body) => body.includes('route discovery'))).toEqual([]);
  expect(asked.filter((path) => path.endsWith('/__manifest'))).toEqual([]);
});

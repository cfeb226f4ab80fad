import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { holdAppScripts } from './support/hold-app-scripts';
import { untilHydrated } from './support/hydration';
import { parseNote } from '../src/content/parse-note.ts';

async function settle(page: Page) {
  await page.addInitScript(() => {
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
}

// A question the build asks (an answer to one it no longer asks counts for nothing), with its note.
const QUESTION = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .sort()
  .flatMap((file) => {
    const { note } = parseNote(readFileSync(`content/${file}`, 'utf8'), file);
    return note.questions.map((question) => ({ questionId: question.id, noteSlug: note.slug }));
  })[0];

/** One wrong answer and one passed exam, saved as a returning reader has them. */
function savedProgress(now: number) {
  const at = new Date(now - 86_400_000).toISOString();
  return {
    attempts: [{ id: 'seed-1', ...QUESTION, at, chosen: ['A'], correct: false, seconds: 30, mode: 'practice' }],
    exams: [{ id: 'exam-1', at, questionIds: [], correct: 0, total: 65, scaled: 790, passed: true, seconds: 3600, byTag: {} }],
    flags: {}, sessions: { practice: null, exam: null }, closedSessions: [], epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' },
  };
}

/** Records, from the first frame on, whether any frame showed `text`. */
async function watchForText(page: Page, text: string) {
  await page.addInitScript((wanted) => {
    const seen = { shown: false };
    (window as unknown as { emptySeen: typeof seen }).emptySeen = seen;
    const frame = () => {
      for (const element of document.querySelectorAll('h2, p')) {
        if (element.textContent?.includes(wanted) && element.checkVisibility({ visibilityProperty: true })) seen.shown = true;
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, text);
}

const shownInSomeFrame = (page: Page) => page.evaluate(() => (window as unknown as { emptySeen: { shown: boolean } }).emptySeen.shown);

for (const { path, empty } of [
  { path: '/review', empty: 'No answers yet, so nothing to review.' },
  { path: '/progress', empty: 'No answers yet.' },
  { path: '/exam', empty: 'No exam taken yet' },
]) {
  test(`${path}: a reader with saved progress sees no frame of its empty state`, async ({ page }) => {
    await settle(page);
    await page.addInitScript((state) => localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 2 })), savedProgress(Date.now()));
    await watchForText(page, empty);
    const scripts = await holdAppScripts(page);
    await page.goto(path, { waitUntil: 'commit' });
    await scripts.firstAsked;
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText(empty)).toBeHidden();
    await scripts.release();
    await untilHydrated(page);
    await expect(page.locator('#main')).not.toContainText(empty);
    expect(await shownInSomeFrame(page)).toBe(false);
  });

  test(`${path}: a new reader sees its empty state before the app runs, and after`, async ({ page }) => {
    await settle(page);
    const scripts = await holdAppScripts(page);
    await page.goto(path, { waitUntil: 'commit' });
    await scripts.firstAsked;
    await expect(page.getByText(empty).first()).toBeVisible();
    await scripts.release();
    await untilHydrated(page);
    await expect(page.getByText(empty).first()).toBeVisible();
  });
}

// The home page's due and retry counts are a reader's own: pre-rendered as a reader with nothing saved has them.
const running = (page: Page) => page.evaluate(() => Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber')));

test("/: a first visit reads its due and retry counts (0) while its app waits for the reader's intent", async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  for (const name of ['Due for review today (0)', 'Practice the ones I got wrong (0)', 'Practice flagged questions (0)']) {
    const link = page.getByRole('link', { name });
    await expect(link).toBeVisible();
    await expect(link.locator('.retry-count > span')).toHaveText('0)');
    await expect(link.locator('.retry-count > span')).toBeVisible();
  }
  expect(await running(page)).toBe(false);
});

test('/: a reader with saved progress never sees the pre-rendered 0 as a count, only the dash until theirs is counted', async ({ page }) => {
  await settle(page);
  await page.addInitScript((state) => localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 2 })), savedProgress(Date.now()));
  const scripts = await holdAppScripts(page);
  await page.goto('/', { waitUntil: 'commit' });
  await scripts.firstAsked;
  const wrong = page.locator('.retry-link').filter({ hasText: 'Practice the ones I got wrong' });
  await expect(wrong).toBeVisible();
  await expect(wrong.locator('.retry-count > span')).toBeHidden();
  await scripts.release();
  await untilHydrated(page);
  await expect(page.getByRole('link', { name: 'Practice the ones I got wrong (1)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Practice the ones I got wrong (1)' }).locator('.retry-count > span')).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';
import { createSession } from '../src/quiz/session.ts';
import { quizItemsOf } from '../src/quiz/types.ts';
import { PROGRESS_VERSION } from '../src/store/migrations.ts';

// A note of two questions, read as the build reads it; its practice page is pre-rendered at question 1.
const FILE = 'content/2026-11/2026-11-23/sagemaker-hpo-scaling-parallelism.md';
const NOTE = parseNote(readFileSync(FILE, 'utf8'), FILE).note;
const SECOND = NOTE.questions[1];

// Another note, whose practice a reader may have under way when they open this one's.
const OTHER_FILE = 'content/kms-sagemaker-s3-encryption.md';
const OTHER = parseNote(readFileSync(OTHER_FILE, 'utf8'), OTHER_FILE).note;

/** A practice of `note` under way: its first question answered, and checked unless `checked` is false (then it stays there). */
function savedPractice(note = NOTE, checked = true) {
  const [first] = note.questions;
  const started = createSession({
    selection: { kind: 'note', slug: note.slug }, items: quizItemsOf(note), seed: 7, mode: 'practice', shuffleOptions: false,
    now: Date.now() - 600_000, keepOrder: true,
  });
  const answers = { [first!.id]: first!.answer };
  const session = checked ? { ...started, answers, checked: [first!.id], current: 1, revision: 2 } : { ...started, answers, revision: 1 };
  const state = {
    attempts: [], exams: [], flags: {}, sessions: { practice: session, exam: null }, closedSessions: [],
    epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' }, prints: {},
  };
  return JSON.stringify({ state, version: PROGRESS_VERSION });
}

/** Records, from the first frame, every question heading the reader could see and how far the page shifted. */
async function watchQuestion(page: Page, language: 'en' | 'ko', saved: string) {
  await page.addInitScript(([lang, progress]) => {
    if (!localStorage.getItem('examflow-progress')) {
      localStorage.setItem('examflow-settings', JSON.stringify({ state: { language: lang, theme: 'light' }, version: 1 }));
      localStorage.setItem('examflow-progress', progress);
    }
    const seen: string[] = [];
    const record = { seen, shift: 0, stop: false };
    (window as unknown as { question: typeof record }).question = record;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) record.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const frame = () => {
      const heading = document.querySelector('.quiz-question-heading');
      const visible = heading?.checkVisibility({ visibilityProperty: true }) === true && getComputedStyle(document.body).visibility === 'visible';
      const text = visible ? (heading?.textContent ?? '') : '(nothing)';
      if (seen[seen.length - 1] !== text) seen.push(text);
      if (!record.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, [language, saved] as const);
}

const CASES = [
  { language: 'en' as const, width: 390, height: 844, first: `Question 1 of 2`, own: 'Question 2 of 2' },
  { language: 'en' as const, width: 1280, height: 800, first: `Question 1 of 2`, own: 'Question 2 of 2' },
  { language: 'ko' as const, width: 390, height: 844, first: '2문제 중 1번', own: '2문제 중 2번' },
];

for (const { language, width, height, first, own } of CASES) {
  test(`a returning reader (${language}, ${width} px) sees only their own question of a note's practice, from the first frame`, async ({ page }) => {
    // The reader's session arrives once the app has started and loaded the note: on a loaded machine, seconds.
    test.slow();
    expect(SECOND).toBeDefined();
    await page.setViewportSize({ width, height });
    await watchQuestion(page, language, savedPractice());
    await page.goto(`/practice/${NOTE.slug}`);
    const heading = page.locator('.quiz-question-heading');
    await expect(heading).toHaveText(own, { timeout: 30_000 });
    await expect(heading).toBeVisible();
    await expect(page.locator('.quiz-page')).not.toHaveAttribute('inert');
    const { seen, shift } = await page.evaluate(() => new Promise<{ seen: string[]; shift: number }>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => {
        const record = (window as unknown as { question: { seen: string[]; shift: number; stop: boolean } }).question;
        record.stop = true;
        resolve({ seen: record.seen, shift: record.shift });
      }))));
    expect(seen).not.toContain(first);
    expect(seen[seen.length - 1]).toBe(own);
    expect(shift).toBe(0);
  });
}

test("a reader with nothing in progress still sees the note's first question from the first frame", async ({ page }) => {
  test.slow();
  await watchQuestion(page, 'en', JSON.stringify({ state: { attempts: [], exams: [], flags: {}, sessions: { practice: null, exam: null }, closedSessions: [], epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' }, prints: {} }, version: PROGRESS_VERSION }));
  await page.goto(`/practice/${NOTE.slug}`);
  await expect(page.locator('.quiz-page')).not.toHaveAttribute('inert', { timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { question: { seen: string[] } }).question.seen);
  expect(seen.filter((text) => text !== '(nothing)')).toEqual(['Question 1 of 2']);
});

test("a reader whose practice in progress is another note's is told the questions are coming, never shown an empty place", async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  await watchQuestion(page, 'en', savedPractice(OTHER, false));
  // The app's scripts are held back, as on a slow link: the page stands as the pre-render and the first-paint script left it.
  let release = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  await page.route(/\/assets\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/practice/${NOTE.slug}`);
  await expect(page.getByText('Loading questions…')).toBeVisible();
  await expect(page.locator('.quiz-question-heading')).toBeHidden();
  release();
  await expect(page.getByRole('heading', { name: 'Another practice is in progress' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Loading questions…')).toBeHidden();
  const seen = await page.evaluate(() => (window as unknown as { question: { seen: string[] } }).question.seen);
  expect(seen).toEqual(['(nothing)']);
});

import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';
import { axeFindsNothing, JOURNEY_SIZES as sizes, readInKorean } from './support/journey';

const SEED_FILE = 'content/kms-sagemaker-s3-encryption.md';
const SEED = '/practice?note=kms-sagemaker-s3-encryption';
/** The id the build gives the seed note's one question (an answer to an id the build lacks is never due). */
const SEED_ID = parseNote(readFileSync(SEED_FILE, 'utf8'), SEED_FILE).note.questions[0]!.id;

/** Wrong answers an hour ago: to `questionIds`, and to a question the vault no longer asks (never due). */
async function seedWrongAnswers(page: Page, questionIds: string[]) {
  await page.addInitScript((ids) => {
    if (localStorage.getItem('examflow-progress')) return;
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const attempts = ['q-gone-from-vault', ...ids].map((questionId, i) => (
      { id: `seed-${i}`, questionId, noteSlug: 'kms-sagemaker-s3-encryption', at, chosen: ['A'], correct: false, seconds: 20, mode: 'practice' }
    ));
    const state = { attempts, exams: [], flags: {}, sessions: { practice: null, exam: null }, closedSessions: [], epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' } };
    localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 2 }));
  }, questionIds);
}

/** The menu's Review link, opening the phone's menu first where the links are folded away. */
async function reviewLink(page: Page, name: string | RegExp) {
  const menu = page.getByRole('button', { name: '메뉴' });
  if (await menu.isVisible()) await menu.click();
  return page.getByRole('navigation').getByRole('link', { name });
}

async function answer(page: Page, label: 'B' | 'C') {
  await page.getByRole('radio', { name: new RegExp(`^${label}\\.`) }).check();
  await page.getByRole('button', { name: '채점', exact: true }).click();
}

for (const size of sizes) {
  test.describe(`due count, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    // Each journey walks four pages and runs axe twice: on a shared, loaded machine that outlasts the default.
    test.beforeEach(async ({ page }) => {
      test.slow();
      await readInKorean(page);
    });

    test('a wrong answer says it comes back in a minute, and the menu and Home count it at once', async ({ page }) => {
      await seedWrongAnswers(page, []);
      // Only a question the vault no longer asks has an answer: nothing is due.
      await page.goto('/');
      await expect(page.getByRole('link', { name: '오늘 복습할 문제 (0)' })).toBeVisible();
      await expect(await reviewLink(page, /^복습$/)).toBeVisible();

      await page.goto(SEED);
      await answer(page, 'B');
      await expect(page.getByText('다시: 1분 후', { exact: true })).toBeVisible();
      await expect(await reviewLink(page, '복습 (오늘 복습할 문제 1개)')).toBeVisible();

      await page.goto('/');
      await expect(page.getByRole('link', { name: '오늘 복습할 문제 (1)' })).toBeVisible();
      await axeFindsNothing(page);
    });

    test('Review offers what the menu counts, and a right answer says it comes back in days', async ({ page }) => {
      await seedWrongAnswers(page, [SEED_ID]);
      await page.goto('/review');
      await expect(page.getByRole('heading', { level: 2, name: '오늘 복습할 문제 1개' })).toBeVisible();
      await expect(await reviewLink(page, '복습 (오늘 복습할 문제 1개)')).toBeVisible();

      await page.goto('/');
      await page.getByRole('link', { name: '오늘 복습할 문제 (1)' }).click();
      await expect(page.locator('.quiz-question-heading')).toHaveText('1문제 중 1번');
      await answer(page, 'C');
      await expect(page.getByText(/^다시: \d+일 후$/)).toBeVisible();
      await expect(await reviewLink(page, /^복습$/)).toBeVisible();
      await axeFindsNothing(page);
    });
  });
}

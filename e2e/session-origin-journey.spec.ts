import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';
import { axeFindsNothing, JOURNEY_SIZES as sizes, readInKorean } from './support/journey';

/** Three notes with one single-answer question each: the build's ids, so the answers are due. */
const NOTES = [
  'content/kms-sagemaker-s3-encryption.md',
  'content/2026-11/2026-11-26/sagemaker-pipelines-model-registry-promotion.md',
  'content/2026-11/2026-11-22/sagemaker-model-monitor-data-drift.md',
];
const DUE = NOTES.map((file) => parseNote(readFileSync(file, 'utf8'), file).note.questions[0]!.id);

/** Wrong answers an hour ago to the due questions, so Review offers all three today. */
async function seedDue(page: Page) {
  await page.addInitScript((ids) => {
    if (localStorage.getItem('examflow-progress')) return;
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const attempts = ids.map((questionId, i) => ({ id: `seed-${i}`, questionId, noteSlug: 'seed', at, chosen: ['B'], correct: false, seconds: 20, mode: 'practice' }));
    const state = { attempts, exams: [], flags: {}, sessions: { practice: null, exam: null }, closedSessions: [], epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' } };
    localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 3 }));
  }, DUE);
}

/** Picks the first option of the question shown and checks it (right or wrong, it is an answer). */
async function answerShown(page: Page) {
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: '채점', exact: true }).click();
  await expect(page.getByRole('button', { name: '다음', exact: true })).toBeVisible();
}

for (const size of sizes) {
  test.describe(`a review left and continued, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => {
      // Five pages and two axe runs: on a shared, loaded machine that outlasts the default.
      test.slow();
      await readInKorean(page);
      await seedDue(page);
    });

    test('the prompt names the review, continuing keeps it a review, and its answers count as reviews', async ({ page }) => {
      await page.goto('/review');
      await page.getByRole('link', { name: '지금 복습하기' }).click();
      await expect(page.getByRole('heading', { level: 1, name: '복습: 복습할 문제 3개' })).toBeVisible();
      await answerShown(page);
      await page.getByRole('button', { name: '다음', exact: true }).click();
      await expect(page.locator('.quiz-question-heading')).toHaveText('3문제 중 2번');

      // Leave for a note, then start its quiz: the review in progress is named for what it is.
      await page.goto('/notes/kms-sagemaker-s3-encryption');
      await page.getByRole('link', { name: '문제 풀기' }).click();
      await expect(page.getByRole('alertdialog')).toContainText('“복습할 문제” 연습이 3문제 중 2번째 문제에 있습니다.');
      await axeFindsNothing(page);
      await page.getByRole('link', { name: '“복습할 문제” 이어서 풀기' }).click();

      await expect(page).toHaveURL(/[?&]from=review(&|$)/);
      await expect(page.getByRole('heading', { level: 1, name: '복습: 복습할 문제 3개' })).toBeVisible();
      await expect(page.locator('.quiz-question-heading')).toHaveText('3문제 중 2번');
      await answerShown(page);

      // Both answers, the one before leaving and the one after continuing, were recorded as reviews.
      await page.goto('/review');
      await expect(page.getByText('오늘 복습한 문제: 2개.', { exact: true })).toBeVisible();
      await axeFindsNothing(page);
    });
  });
}

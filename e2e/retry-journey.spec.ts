import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';
import { axeFindsNothing, JOURNEY_SIZES as sizes } from './support/journey';

/** The ids the build gives a note's questions (a flag on an id the build lacks would count nothing). */
const questionIdsOf = (file: string) => parseNote(readFileSync(file, 'utf8'), file).note.questions.map((question) => question.id);
const FLAGGED = [
  ...questionIdsOf('content/2026-11/2026-11-21/firehose-parquet-conversion-athena.md'),
  ...questionIdsOf('content/2026-11/2026-11-23/sagemaker-hpo-scaling-parallelism.md'),
];

/** Korean, light, options in note order, with the questions of two notes flagged. */
async function seed(page: Page) {
  await page.addInitScript((flagged) => {
    if (localStorage.getItem('examflow-settings')) return;
    const settings = { language: 'ko', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state: settings, version: 1 }));
    const flags = Object.fromEntries(flagged.map((id) => [id, { flagged: true, at: '2026-01-01T00:00:00.000Z' }]));
    const state = { attempts: [], exams: [], flags, sessions: { practice: null, exam: null }, closedSessions: [], epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' } };
    localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 2 }));
  }, FLAGGED);
}

for (const size of sizes) {
  test.describe(`practising mistakes, ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    test.beforeEach(async ({ page }) => seed(page));

    test('Home, Review and Progress offer the wrong and the flagged questions with counts the session then holds', async ({ page }) => {
      const flagged = FLAGGED.length;
      expect(flagged).toBeGreaterThan(1);
      await page.goto('/practice?note=kms-sagemaker-s3-encryption');
      await page.getByRole('radio', { name: /^B\./ }).check();
      await page.getByRole('button', { name: '채점', exact: true }).click();
      await expect(page.getByText(/오답/).first()).toBeVisible();

      for (const path of ['/', '/review', '/progress']) {
        await page.goto(path);
        await expect(page.getByRole('link', { name: '틀린 문제 다시 풀기 (1)' })).toBeVisible();
        await expect(page.getByRole('link', { name: `표시한 문제 풀기 (${flagged})` })).toBeVisible();
        await axeFindsNothing(page);
      }

      await page.getByRole('link', { name: `표시한 문제 풀기 (${flagged})` }).click();
      await expect(page.locator('.quiz-question-heading')).toHaveText(`${flagged}문제 중 1번`);
      await page.goto('/review');
      await page.getByRole('link', { name: '틀린 문제 다시 풀기 (1)' }).click();
      await expect(page.locator('.quiz-question-heading')).toHaveText('1문제 중 1번');
      // Answered right this time: nothing is left to try again, and the page says so.
      await page.getByRole('radio', { name: /^C\./ }).check();
      await page.getByRole('button', { name: '채점', exact: true }).click();
      await page.goto('/');
      await page.getByRole('link', { name: '틀린 문제 다시 풀기 (0)' }).click();
      await expect(page.getByText('다시 풀 틀린 문제가 없습니다.', { exact: false })).toBeVisible();
    });
  });
}

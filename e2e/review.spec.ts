import { expect, test, type Page } from '@playwright/test';

const SEED = '/practice?note=kms-sagemaker-s3-encryption';
const SEED_STEM = /A Machine Learning Specialist uploads a dataset/;

/** English, light, options in note order, so the labels match the note. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
});

async function answerSeed(page: Page, label: 'B' | 'C') {
  await page.goto(SEED);
  await page.getByRole('group', { name: SEED_STEM }).getByRole('radio', { name: new RegExp(`^${label}\\.`) }).check();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Correct|Incorrect/ })).toBeVisible();
}

test('before any answer, review says to answer some questions first', async ({ page }) => {
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review');
  await expect(page.getByRole('heading', { name: 'No answers yet, so nothing to review.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Practice all questions' })).toBeVisible();
});

test('a wrong answer in practice is due in review, and Review now asks exactly it', async ({ page }) => {
  await answerSeed(page, 'B');
  await page.getByRole('link', { name: 'Review (1 question due today)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '1 question due today' })).toBeVisible();

  // The forecast counts it today, in the chart's summary and in its table.
  await expect(page.getByRole('img', { name: /next 7 days: 1\./ })).toBeVisible();
  await page.getByText('Show the numbers').click();
  await expect(page.getByRole('row', { name: /\(today\) 1$/ })).toBeVisible();

  await page.getByRole('link', { name: 'Review now' }).click();
  await expect(page).toHaveURL(/\/practice\?/);
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuetext', 'Question 1 of 1');
  await expect(page.getByRole('group', { name: SEED_STEM })).toBeVisible();
});

test('a right answer is not due today: review shows the next review day instead', async ({ page }) => {
  await answerSeed(page, 'C');
  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 2, name: '0 questions due today' })).toBeVisible();
  await expect(page.getByText('Nothing is due today. Well done.')).toBeVisible();
  await expect(page.getByText(/^Next review: .+ \(questions: 1\)\.$/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Review now' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Next 30 days' }).click();
  await expect(page.getByRole('button', { name: 'Next 30 days' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('img', { name: /next 30 days: 1\./ })).toBeVisible();
});

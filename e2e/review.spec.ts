import { expect, test, type Page } from '@playwright/test';
import { untilHydrated } from './support/hydration';

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

test('a counted link reads "(1)", the count against its parentheses, and keeps its width whatever the count', async ({ page }) => {
  await answerSeed(page, 'B');
  await page.goto('/review');
  await untilHydrated(page);
  const link = page.getByRole('link', { name: 'Practice the ones I got wrong (1)' });
  await expect(link).toBeVisible();
  const measure = () => link.evaluate((element) => {
    const slot = element.querySelector('.retry-count > span')!;
    const range = (node: Node, start: number) => {
      const r = document.createRange();
      r.setStart(node, start);
      r.setEnd(node, start + 1);
      return r.getBoundingClientRect();
    };
    // Text nodes, past any empty node the pre-render put between adjacent texts.
    const textsOf = (parent: Node) => [...parent.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent !== '');
    const opening = textsOf(slot.parentElement!.parentElement!).at(-1)!;
    const [count, closing] = [textsOf(slot).at(0)!, textsOf(slot).at(-1)!];
    return {
      gapBefore: range(count, 0).left - range(opening, opening.textContent!.length - 1).right,
      gapAfter: range(closing, closing.textContent!.length - 1).left - range(count, count.textContent!.length - 1).right,
      width: element.getBoundingClientRect().width,
    };
  });
  const one = await measure();
  expect(one.gapBefore).toBeCloseTo(0, 0);
  expect(one.gapAfter).toBeCloseTo(0, 0);
  for (const count of ['12', '…', '0']) {
    await link.evaluate((element, shown) => { element.querySelector('.retry-count > span')!.textContent = `${shown})`; }, count);
    expect((await measure()).width).toBe(one.width);
  }
});

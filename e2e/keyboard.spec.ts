import { expect, test, type Page } from '@playwright/test';
import { untilHydrated } from './support/hydration';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
});

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
async function tabTo(page: Page, accessibleName: string, limit = 40) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').trim();
    });
    if (name === accessibleName) return;
  }
  throw new Error(`Tab never reached "${accessibleName}"`);
}

const heading = (page: Page) => page.locator('.quiz-question-heading');

/**
 * Answers the question shown by pressing the first of `keys` as many times as it asks ("Select 2" takes two
 * presses), so it counts as answered: one choice of two is only a partial answer.
 */
async function answerWithKeys(page: Page, keys: string[]) {
  await page.locator('.quiz-option input').first().waitFor();
  const asks = page.locator('.quiz-options legend.quiz-select-count');
  const count = (await asks.count()) === 0 ? 1 : Number((await asks.innerText()).match(/\d+/)?.[0] ?? 1);
  for (const key of keys.slice(0, count)) await page.keyboard.press(key);
}

test('a whole exam with the keyboard alone: set up, answer, flag, move, get help, submit, hear the result', async ({ page }) => {
  await page.goto('/');
  // The app runs (it starts after the first paint): Enter on the link is the router's, which moves focus to the heading.
  await untilHydrated(page);
  await tabTo(page, 'Exam');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Exam' })).toBeFocused();
  await tabTo(page, 'Number of questions');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('3');
  await expect(page.getByText('Time: 9 minutes')).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(heading(page)).toHaveText('Question 1 of 3');
  await expect(heading(page)).toBeFocused();
  await answerWithKeys(page, ['1', '2', '3']);
  await expect(page.locator('.quiz-option input').first()).toBeChecked();
  await page.keyboard.press('f');
  await expect(page.getByRole('button', { name: 'Question 1, answered, flagged' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Question 2 of 3');
  await page.keyboard.press('ArrowLeft');
  await expect(heading(page)).toHaveText('Question 1 of 3');
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('Question 2 of 3');
  await answerWithKeys(page, ['b', 'c', 'd']);
  await expect(page.locator('.quiz-option input').nth(1)).toBeChecked();

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('Choose option A–E (use 6 for F, since F flags)');
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.locator('.quiz-option input').first()).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('Question 3 of 3');
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: 'Submit the exam?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('You answered 2 of 3 questions.');
  await expect(confirm.getByRole('button', { name: 'Keep working' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Submit', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Go to question 3' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(heading(page)).toBeFocused();
  await answerWithKeys(page, ['3', '4', '5']);
  await page.keyboard.press('Enter');
  await expect(confirm).toContainText('Every question has an answer.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/exam\/results\//);
  const results = page.getByRole('heading', { level: 1, name: 'Exam results' });
  await expect(results).toBeFocused();
  await expect(results).toHaveAccessibleDescription(/of 1000 — (Pass|Fail) \(pass mark 750\) [0-3] of 3 correct/);
});

test('shortcuts stay quiet while typing and with a modifier held', async ({ page }) => {
  await page.goto('/practice?note=kms-sagemaker-s3-encryption');
  await expect(heading(page)).toHaveText('Question 1 of 1');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('radio', { name: /^B\./ })).not.toBeChecked();
  await page.keyboard.press('2');
  await expect(page.getByRole('radio', { name: /^B\./ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Incorrect' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'See the summary' })).toBeFocused();
  await page.keyboard.press('/');
  const search = page.getByRole('combobox');
  await expect(search).toBeFocused();
  await page.keyboard.type('3');
  await expect(search).toHaveValue('3');
});

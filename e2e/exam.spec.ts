import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseAsAsked } from './support/choose';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
});

/** Opens the setup, asks for three questions from the whole vault and starts. */
async function startThreeQuestionExam(page: Page) {
  await page.goto('/exam');
  await expect(page.getByRole('heading', { name: 'Set up a timed exam' })).toBeVisible();
  await page.getByLabel('Number of questions').fill('3');
  await expect(page.getByText('Time: 9 minutes')).toBeVisible();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await expect(page.locator('.quiz-question-heading')).toHaveText('Question 1 of 3');
}

const firstOption = (page: Page) => page.locator('.quiz-option input').first();
const deadlineOf = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('examflow-progress') ?? '{}').state?.sessions?.exam?.deadline ?? null);

test('three questions, one flagged, one left unanswered: submit, see the score, the breakdown and the review', async ({ page }) => {
  await startThreeQuestionExam(page);
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^[89]:\d\d$/);
  // A question may ask for two answers: one choice there is a partial answer ("1 of 2 chosen"), not "answered".
  await chooseAsAsked(page);
  await expect(page.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.locator('.quiz-question-heading')).toHaveText('Question 2 of 3');
  await chooseAsAsked(page);
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(page.getByRole('button', { name: 'Flag for review' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Question 2, answered, flagged' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Question 3, not answered' })).toBeVisible();
  await expect(page.locator('.quiz-option.is-right, .quiz-option.is-wrong')).toHaveCount(0);

  await page.getByRole('button', { name: 'Submit the exam' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit the exam?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('You answered 2 of 3 questions.');
  await expect(dialog).toHaveAccessibleDescription(/1 question is not answered\. It counts as not correct in the score and is not added to your history or review\./);
  await dialog.getByRole('button', { name: 'Go to question 3' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.quiz-question-heading')).toHaveText('Question 3 of 3');

  await page.getByRole('button', { name: 'Submit the exam' }).click();
  await expect(dialog.getByRole('button', { name: 'Keep working' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Submit the exam' })).toBeFocused();
  await page.getByRole('button', { name: 'Submit the exam' }).click();
  await dialog.getByRole('button', { name: 'Submit', exact: true }).click();

  await expect(page).toHaveURL(/\/exam\/results\//);
  await expect(page.getByRole('heading', { level: 1, name: 'Exam results' })).toBeVisible();
  await expect(page.locator('#exam-score')).toContainText(/of 1000 — (Pass|Fail) \(pass mark 750\)/);
  await expect(page.locator('#exam-score')).toContainText(/[0-2] of 3 correct \(\d+%\)/);
  await expect(page.locator('#exam-score')).toContainText(/Time used: \d+:\d\d/);
  const byTag = page.getByRole('region', { name: 'Results by tag' });
  await expect(byTag).toBeVisible();
  await expect(byTag.locator('details').first()).not.toHaveAttribute('open');
  const review = page.getByRole('region', { name: 'Review' });
  await expect(review.locator('.quiz-answers-item')).toHaveCount(3);
  await expect(review.getByText('Your answer: none')).toHaveCount(1);
  await expect(review.getByText(/Right answer: /)).toHaveCount(3);
  // The question left blank reads "Not answered", never as a wrong answer, and has a filter of its own.
  await review.getByRole('radio', { name: 'Not answered (1)' }).check();
  await expect(review.locator('.quiz-answers-item')).toHaveCount(1);
  await expect(review.locator('.quiz-answers-item')).toContainText('– Not answered');
  await expect(review.locator('.quiz-answers-item')).not.toContainText('Incorrect');
  await review.getByRole('radio', { name: 'Flagged (1)' }).check();
  await expect(review.locator('.quiz-answers-item')).toHaveCount(1);
  await expect(review.locator('.quiz-answers-item')).toContainText('flagged');
  await review.getByRole('radio', { name: /^Wrong/ }).check();
  await expect(review.locator('.quiz-answers-item.is-right')).toHaveCount(0);
  await expect(review.getByText('Your answer: none')).toHaveCount(0);

  // History holds the two answers given, not an invented wrong one for the question left blank.
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('examflow-progress') ?? '{}').state);
  expect(saved.exams).toHaveLength(1);
  expect(saved.exams[0].total).toBe(3);
  expect(saved.attempts).toHaveLength(2);
  expect(saved.attempts.every((a: { chosen: string[] }) => a.chosen.length > 0)).toBe(true);
  // Review makes due only the answers given wrong (the first option may be right): never the blank one.
  const wrong = saved.attempts.filter((a: { correct: boolean }) => !a.correct).length;
  await page.goto('/review');
  await expect(page.locator('#review-due-count')).toHaveText(wrong === 1 ? '1 question due today' : `${wrong} questions due today`);
  expect(saved.attempts.every((a: { mode: string }) => a.mode === 'exam')).toBe(true);
  expect(saved.sessions.exam).toBeNull();
});

test('a reload in the middle of an exam resumes it where it was, against the same deadline', async ({ page }) => {
  await startThreeQuestionExam(page);
  const deadline = await deadlineOf(page);
  expect(deadline).not.toBeNull();
  await chooseAsAsked(page);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const stem = await page.locator('.quiz-stem').innerText();

  await page.reload();
  await expect(page.locator('.quiz-question-heading')).toHaveText('Question 2 of 3');
  await expect(page.locator('.quiz-stem')).toHaveText(stem);
  await expect(page.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^[0-8]:\d\d$/);
  expect(await deadlineOf(page)).toBe(deadline);
});

test('an exam whose time ran out while the tab was closed is submitted on return', async ({ page }) => {
  await startThreeQuestionExam(page);
  await firstOption(page).check();
  await page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('examflow-progress') ?? '{}');
    // As if the tab had closed an hour ago and the exam's nine minutes ran out meanwhile.
    saved.state.sessions.exam.startedAt = new Date(Date.now() - 3600_000).toISOString();
    saved.state.sessions.exam.deadline = new Date(Date.now() - 3600_000 + 9 * 60_000).toISOString();
    localStorage.setItem('examflow-progress', JSON.stringify(saved));
  });
  await page.reload();
  await expect(page).toHaveURL(/\/exam\/results\//);
  await expect(page.locator('#exam-score')).toContainText(/of 3 correct/);
  const exam = await page.evaluate(() => JSON.parse(localStorage.getItem('examflow-progress') ?? '{}').state.exams[0]);
  expect(Date.parse(exam.at)).toBeLessThan(Date.now());
  expect(exam.seconds).toBeLessThanOrEqual(9 * 60);
});

test('axe finds nothing in a running exam, its dialogs and its results, on a phone in Korean and dark', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.addInitScript(() => {
    const state = { language: 'ko', theme: 'dark', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
  const violations = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
  await page.goto('/exam');
  await page.getByLabel('문제 수').fill('2');
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: '시험 시작' }).click();
  await firstOption(page).check();
  await page.getByRole('button', { name: '검토 표시' }).click();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: '단축키 (?)' }).click();
  await expect(page.getByRole('dialog', { name: '키보드 단축키' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '시험 제출' }).click();
  await expect(page.getByRole('dialog', { name: '시험을 제출할까요?' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: '제출', exact: true }).click();
  await expect(page.locator('.quiz-answers-item')).toHaveCount(2);
  expect(await violations()).toEqual([]);
});

import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';
import { axeFindsNothing } from './support/journey';

/** Three questions of the build, each with an option its answer does not have. */
const QUESTIONS = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .sort()
  .flatMap((file) => {
    const { note } = parseNote(readFileSync(`content/${file}`, 'utf8'), file);
    return note.questions.map((question) => ({
      id: question.id,
      noteSlug: note.slug,
      wrong: question.options.find((option) => !question.answer.includes(option.label))!.label,
    }));
  })
  .slice(0, 3);

/**
 * Progress as version 4 saved it after an exam of three questions submitted early an hour ago: the first
 * answered wrong, the other two left blank, each with the empty attempt that version recorded for them.
 */
async function seedEarlyExam(page: Page) {
  await page.addInitScript((questions) => {
    if (localStorage.getItem('examflow-progress')) return;
    const at = new Date(Date.now() - 3_600_000).toISOString();
    const attempts = questions.map((question, i) => ({
      id: `exam-old/${question.id}`, questionId: question.id, noteSlug: question.noteSlug, at,
      chosen: i === 0 ? [question.wrong] : [], chosenTexts: i === 0 ? ['?'] : [], correct: false, seconds: 0, mode: 'exam',
    }));
    const exam = { id: 'exam-old', at, questionIds: questions.map((question) => question.id), correct: 0, total: 3, scaled: 100, passed: false, seconds: 120, byTag: {} };
    const state = {
      attempts, exams: [exam], flags: {}, sessions: { practice: null, exam: null }, closedSessions: [],
      epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' }, prints: {},
    };
    localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 4 }));
    localStorage.setItem('examflow-settings', JSON.stringify({ state: { language: 'en', theme: 'light' }, version: 1 }));
  }, QUESTIONS);
}

test('blank questions of an exam saved before they stopped being recorded are no answers anywhere', async ({ page }) => {
  test.slow();
  expect(QUESTIONS).toHaveLength(3);
  await seedEarlyExam(page);

  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Due for review today (1)' })).toBeVisible();

  await page.goto('/progress');
  await expect(page.getByRole('img', { name: /^In the last 30 days: 1 answered, 0 right, 1 day with practice\.$/ })).toBeVisible();

  await page.goto('/exam/results/exam-old');
  // The exam's results still read its blank questions as not answered, with no attempt left for them.
  await expect(page.getByRole('radio', { name: 'Not answered (2)' })).toBeVisible();

  await page.goto('/review');
  await expect(page.getByRole('heading', { level: 2, name: '1 question due today' })).toBeVisible();
  await page.getByRole('link', { name: 'Review now' }).click();
  await expect(page.locator('.quiz-question-heading')).toHaveText('Question 1 of 1');
  await axeFindsNothing(page);
});

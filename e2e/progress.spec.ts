import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { untilHydrated } from './support/hydration';
import { readdirSync, readFileSync } from 'node:fs';
import { parseNote } from '../src/content/parse-note.ts';

const DAY = 86_400_000;

/** The questions the build has (progress for ids that no longer exist is not counted), with their note. */
const QUESTIONS = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .sort()
  .flatMap((file) => {
    const { note } = parseNote(readFileSync(`content/${file}`, 'utf8'), file);
    return note.questions.map((question) => ({ id: question.id, noteSlug: note.slug, tags: note.tags }));
  });
// Six questions of SageMaker notes, answered wrong; the Firehose note's question, answered right six times.
const WRONG = QUESTIONS.filter((question) => question.tags.includes('service/sagemaker')).slice(0, 6);
const RIGHT = QUESTIONS.find((question) => question.noteSlug === 'firehose-parquet-conversion-athena');

/**
 * Six wrong answers to six SageMaker questions, six right ones to the Firehose question, over four local
 * days, and two exams, one passed. Answers sit just after local midnight, so no run time splits a day.
 */
function seededProgress(now: number) {
  const midnight = new Date(now).setHours(0, 30, 0, 0);
  const attempts = Array.from({ length: 12 }, (_, i) => {
    const wrong = i < 6;
    const question = wrong ? WRONG[i] : RIGHT;
    return {
      id: `seed-${String(i).padStart(2, '0')}`, questionId: question?.id, noteSlug: question?.noteSlug,
      at: new Date(midnight - (i % 4) * DAY + i * 60_000).toISOString(), chosen: ['A'], correct: !wrong, seconds: 30, mode: 'practice',
    };
  });
  const exam = (id: string, daysAgo: number, scaled: number) => ({
    id, at: new Date(now - daysAgo * DAY).toISOString(), questionIds: [], correct: 0, total: 65, scaled, passed: scaled >= 750, seconds: 3600, byTag: {},
  });
  return {
    attempts, exams: [exam('exam-1', 5, 640), exam('exam-2', 1, 790)], flags: {}, sessions: { practice: null, exam: null }, closedSessions: [],
    epoch: { id: 'initial', at: '1970-01-01T00:00:00.000Z' },
  };
}

async function seed(page: Page, theme: 'light' | 'dark') {
  await page.addInitScript(
    ([state, th]) => {
      if (localStorage.getItem('examflow-settings')) return;
      const settings = { language: 'en', theme: th, shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
      localStorage.setItem('examflow-settings', JSON.stringify({ state: settings, version: 1 }));
      localStorage.setItem('examflow-progress', JSON.stringify({ state, version: 2 }));
    },
    [seededProgress(Date.now()), theme] as const,
  );
}

test('the dashboard shows readiness, weakest tags to drill, and charts with their numbers', async ({ page }) => {
  await seed(page, 'light');
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Progress');
  await expect(page.getByText(/^Estimated score: \d+ of 1000$/)).toBeVisible();
  await expect(page.getByText(/accuracy on your last 100 answers \(50%\)/)).toBeVisible();
  await expect(page.getByText('Your last exams average 715.')).toBeVisible();

  const weak = page.getByRole('region', { name: 'Weakest tags' });
  // Questions, not answers: six SageMaker questions answered once each; the Firehose one six times is one.
  expect(WRONG).toHaveLength(6);
  await expect(weak.getByRole('listitem').first()).toContainText('service/sagemaker · 0% right (0 of 6 questions, by their latest answer)');
  await expect(page.getByRole('img', { name: /^Accuracy by tag for \d+ tags, from .+ \(100%\) to .+ \(0%\)\.$/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^In the last 30 days: 12 answered, 6 right, 4 days with practice\.$/ })).toBeVisible();
  await expect(page.getByRole('group', { name: /^Exams taken from .+ to .+: 2; at or above the pass mark of 750: 1\.$/ })).toBeVisible();

  const exams = page.getByRole('region', { name: 'Exam scores' });
  await exams.getByText('Show the numbers').click();
  await expect(exams.getByRole('row')).toHaveText([/DateScoreResult/, /640Failed$/, /790Passed$/]);

  await weak.getByRole('link', { name: 'Drill service/sagemaker' }).click();
  await expect(page).toHaveURL(/\/practice\?tag=service%2Fsagemaker$/);
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the filled dashboard, review and settings (${theme}, tables open)`, async ({ page }) => {
    await seed(page, theme);
    const check = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    for (const path of ['/progress', '/review']) {
      await page.goto(path);
      await expect(page.locator('#main h1')).toBeVisible();
      for (const toggle of await page.getByText('Show the numbers').all()) await toggle.click();
      await check();
    }
    await page.goto('/settings');
    await untilHydrated(page);
    await page.getByLabel('Pass mark (100–1000)').fill('5');
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check();
  });
}

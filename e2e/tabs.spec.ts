import { expect, test, type BrowserContext, type Page } from '@playwright/test';

const SEED = { path: '/practice?note=kms-sagemaker-s3-encryption', slug: 'kms-sagemaker-s3-encryption', stem: /A Machine Learning Specialist uploads a dataset/ };
const DRIFT = { path: '/practice?note=sagemaker-model-monitor-data-drift', slug: 'sagemaker-model-monitor-data-drift', stem: /A bank hosts a credit-risk model/ };

/** English, light, options in note order, for every tab of the context. */
async function settle(context: BrowserContext) {
  await context.addInitScript(() => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
}

/** Answers a note's only question wrong (option A or B) and waits for the verdict. */
async function answerWrong(page: Page, note: typeof SEED, label: 'A' | 'B') {
  await page.goto(note.path);
  await page.getByRole('group', { name: note.stem }).getByRole('radio', { name: new RegExp(`^${label}\\.`) }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Incorrect' })).toBeVisible();
}

/** The saved attempts as a tab reads them: note slug and guessed mark, sorted by slug. */
async function savedAttempts(page: Page): Promise<{ noteSlug: string; guessed: boolean }[]> {
  return page.evaluate(() => {
    const saved = JSON.parse(localStorage.getItem('examflow-progress') ?? '{"state":{"attempts":[]}}');
    return (saved.state.attempts as { noteSlug: string; guessed?: boolean }[])
      .map((attempt) => ({ noteSlug: attempt.noteSlug, guessed: attempt.guessed === true }))
      .sort((a, b) => a.noteSlug.localeCompare(b.noteSlug));
  });
}

test('two tabs answer different notes: both attempts and both "I guessed" marks are kept, and Review and Progress count both', async ({ context }) => {
  await settle(context);
  const first = await context.newPage();
  const second = await context.newPage();

  await answerWrong(first, SEED, 'B');
  await answerWrong(second, DRIFT, 'A');
  // Each tab now writes from what it holds: a tab that had not taken in the other's answer would drop it.
  await first.getByRole('checkbox', { name: 'I guessed' }).check();
  await second.getByRole('checkbox', { name: 'I guessed' }).check();

  const both = [
    { noteSlug: SEED.slug, guessed: true },
    { noteSlug: DRIFT.slug, guessed: true },
  ].sort((a, b) => a.noteSlug.localeCompare(b.noteSlug));
  for (const tab of [first, second]) await expect.poll(() => savedAttempts(tab)).toEqual(both);

  // After a reload the first tab knows only what was saved: both answers.
  await first.reload();
  await first.getByRole('link', { name: 'Review (2 questions due today)' }).click();
  await expect(first.getByRole('heading', { level: 2, name: '2 questions due today' })).toBeVisible();
  await first.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(first.getByRole('img', { name: /^In the last 30 days: 2 answered, 0 right/ })).toBeVisible();
});

test('one practice session open in two tabs keeps both answers: A (wrong) in one, C (right) in the other', async ({ context }) => {
  await settle(context);
  const first = await context.newPage();
  await first.goto(SEED.path);
  await expect(first.getByRole('group', { name: SEED.stem })).toBeVisible();
  // The second tab resumes the session the first one saved: the same session id.
  const second = await context.newPage();
  await second.goto(SEED.path);
  for (const [tab, label] of [[first, 'A'], [second, 'C']] as const) {
    await tab.getByRole('group', { name: SEED.stem }).getByRole('radio', { name: new RegExp(`^${label}\\.`) }).check();
    await tab.getByRole('button', { name: 'Check', exact: true }).click();
  }
  const chosen = (tab: Page) =>
    tab.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('examflow-progress') ?? '{"state":{"attempts":[]}}');
      return (saved.state.attempts as { chosen: string[]; correct: boolean }[]).map((a) => `${a.chosen.join('')}:${a.correct}`).sort();
    });
  for (const tab of [first, second]) await expect.poll(() => chosen(tab)).toEqual(['A:false', 'C:true']);
  await first.reload();
  await first.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(first.getByRole('img', { name: /^In the last 30 days: 2 answered, 1 right/ })).toBeVisible();
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseAsAsked } from './support/choose';
import { untilHydrated } from './support/hydration.ts';

// A note's practice as the note links it: its own page, pre-rendered at the first question.
const SEED = '/practice/kms-sagemaker-s3-encryption';
const FIREHOSE = '/practice/firehose-parquet-conversion-athena';

/** English, light, options in note order, so labels in the test match the note. */
async function settle(page: Page) {
  await page.addInitScript(() => {
    if (localStorage.getItem('examflow-settings')) return;
    const state = { language: 'en', theme: 'light', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
}

test.beforeEach(async ({ page }) => settle(page));

test('seed note: choose B, check, B is marked wrong with its explanation, C right, verdict announced', async ({ page }) => {
  await page.goto(SEED);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice: KMS로 암호화된 S3 데이터를 SageMaker에서 접근하는 권한 설정');
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuetext', 'Question 1 of 1');
  const group = page.getByRole('group', { name: /A Machine Learning Specialist uploads a dataset/ });
  await expect(group.getByRole('radio')).toHaveCount(4);
  await group.getByRole('radio', { name: /^B\./ }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();

  await expect(page.getByRole('status').filter({ hasText: 'Incorrect' })).toHaveText('✗ Incorrect — the answer is C');
  const optionB = page.locator('.quiz-option').filter({ has: page.getByRole('radio', { name: /^B\./ }) });
  await expect(optionB).toHaveClass(/is-wrong/);
  await expect(optionB).toContainText('Your choice, wrong');
  await expect(optionB).toContainText('S3는 VPC와 독립적인 서비스로');
  const optionC = page.locator('.quiz-option').filter({ has: page.getByRole('radio', { name: /^C\./ }) });
  await expect(optionC).toHaveClass(/is-right/);
  await expect(optionC).toContainText('Correct answer');
  await expect(page.getByRole('radio', { name: /^B\./ })).toHaveAccessibleDescription(/Your choice, wrong/);
  await expect(page.getByRole('button', { name: 'See the summary' })).toBeFocused();

  await page.getByRole('checkbox', { name: 'I guessed' }).check();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('examflow-progress') ?? '{}'));
  expect(saved.state.attempts).toEqual([
    expect.objectContaining({ noteSlug: 'kms-sagemaker-s3-encryption', chosen: ['B'], correct: false, mode: 'practice', guessed: true }),
  ]);

  await page.getByRole('button', { name: 'See the summary' }).click();
  await expect(page.getByRole('heading', { name: 'Session summary' })).toBeFocused();
  await expect(page.getByText('0 of 1 correct (0%)')).toBeVisible();
  await expect(page.getByRole('row', { name: /service\/kms/ })).toContainText('0 / 1');
  await expect(page.getByRole('link', { name: /Back to the note/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Practice the wrong ones again' }).click();
  await expect(page).toHaveURL(/\/practice\?ids=/);
  await expect(page.locator('.quiz-question-heading')).toHaveText('Question 1 of 1');
  await expect(page.getByRole('radio', { name: /^B\./ })).not.toBeChecked();
});

test('choosing option C lights the flow boxes it names; pointing at another option shows its boxes instead', async ({ page }) => {
  await page.goto(SEED);
  const flow = page.getByRole('complementary', { name: 'Architecture flow' });
  await expect(flow.getByRole('button', { name: 'KMS Key Policy', exact: true })).toBeVisible();
  await expect(flow.getByRole('button', { name: /named by your answer/ })).toHaveCount(0);
  await page.getByRole('radio', { name: /^C\./ }).check();
  for (const label of ['KMS Key Policy', 'IAM Role Policy', 'IAM Role + KMS 권한']) {
    await expect(flow.getByRole('button', { name: `${label} (named by your answer)` })).toHaveClass(/is-highlighted/);
  }
  await expect(flow.getByRole('button', { name: 'ML Specialist', exact: true })).not.toHaveClass(/is-highlighted/);
  await page.getByRole('radio', { name: /^A\./ }).hover();
  await expect(flow.getByRole('button', { name: /KMS Key Policy/ })).not.toHaveClass(/is-highlighted/);
});

test('Select TWO: a third choice is refused with a message, and only the exact pair scores', async ({ page }) => {
  await page.goto(FIREHOSE);
  await expect(page.getByText('Select 2.')).toBeVisible();
  const boxes = page.getByRole('checkbox');
  await expect(boxes).toHaveCount(5);
  await page.getByRole('checkbox', { name: /^A\./ }).check();
  await page.getByRole('checkbox', { name: /^B\./ }).check();
  await page.getByRole('checkbox', { name: /^C\./ }).click();
  await expect(page.getByRole('checkbox', { name: /^C\./ })).not.toBeChecked();
  await expect(page.getByRole('alert')).toHaveText('You can choose only 2. Clear one of your choices first.');
  await page.getByRole('checkbox', { name: /^A\./ }).uncheck();
  await page.getByRole('checkbox', { name: /^D\./ }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toHaveText('✓ Correct');
});

test('Select TWO with one choice: Check says how many to pick instead of scoring, by click and by Enter', async ({ page }) => {
  await page.goto(FIREHOSE);
  await untilHydrated(page);
  const check = page.getByRole('button', { name: 'Check', exact: true });
  await check.click();
  await expect(page.getByRole('alert')).toHaveText('Select 2 options to check this question (you chose 0).');
  await page.getByRole('checkbox', { name: /^B\./ }).check();
  await expect(page.locator('.quiz-refusal')).toHaveText('');
  await check.click();
  await expect(page.getByRole('alert')).toHaveText('Select 2 options to check this question (you chose 1).');
  await page.getByRole('checkbox', { name: /^B\./ }).press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Select 2 options to check this question (you chose 1).');
  // Nothing was scored or recorded: the question is still open, and a second choice checks it.
  await expect(page.getByRole('status').filter({ hasText: /Correct|Incorrect/ })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /^A\./ })).toBeEnabled();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('examflow-progress') ?? '{}').state?.attempts?.length ?? 0)).toBe(0);
  await page.getByRole('checkbox', { name: /^D\./ }).check();
  await check.click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toHaveText('✓ Correct');
});

test('a wrong pair is wrong: no partial credit', async ({ page }) => {
  await page.goto(FIREHOSE);
  await page.getByRole('checkbox', { name: /^B\./ }).check();
  await page.getByRole('checkbox', { name: /^E\./ }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Incorrect' })).toHaveText('✗ Incorrect — the answer is B, D');
  const optionD = page.locator('.quiz-option').filter({ has: page.getByRole('checkbox', { name: /^D\./ }) });
  await expect(optionD).toContainText('Correct answer you missed');
});

test('a reload in the middle of practice resumes the same question with its answer', async ({ page }) => {
  await page.goto('/practice?tag=service/s3');
  const heading = page.locator('.quiz-question-heading');
  await expect(heading).toHaveText(/Question 1 of \d+/);
  await chooseAsAsked(page);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(heading).toHaveText(/Question 2 of/);
  await expect(heading).toBeFocused();
  const stem = await page.locator('.quiz-stem').innerText();
  await page.getByRole('radio').or(page.getByRole('checkbox')).nth(1).check();

  await page.reload();
  await expect(heading).toHaveText(/Question 2 of/);
  await expect(page.locator('.quiz-stem')).toHaveText(stem);
  await expect(page.getByRole('radio').or(page.getByRole('checkbox')).nth(1)).toBeChecked();
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuenow', '1');
});

test('with shuffled options the right text is still right, its letter and explanations follow it', async ({ page }) => {
  await page.addInitScript(() => {
    const state = { language: 'en', theme: 'light', shuffleOptions: true, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
  await page.goto(SEED);
  const right = page.getByRole('radio', { name: /Assign an IAM role to the Amazon SageMaker notebook/ });
  await right.check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toHaveText('✓ Correct');
  const optionB = page.locator('.quiz-option').filter({ hasText: 'Configure the Amazon SageMaker notebook instance to have access to the VPC' });
  await expect(optionB).toContainText('S3는 VPC와 독립적인 서비스로');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('examflow-progress') ?? '{}'));
  expect(saved.state.attempts[0]).toMatchObject({ chosen: ['C'], correct: true });
});

test('questions due for review: a wrong answer today comes back under mode=due as an explicit list', async ({ page }) => {
  await page.goto('/practice?mode=due');
  await expect(page.locator('#main').getByRole('status')).toHaveText('Nothing is due for review today.');
  await page.goto(SEED);
  await page.getByRole('radio', { name: /^A\./ }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('button', { name: 'See the summary' }).click();
  await page.goto('/practice?mode=due');
  await expect(page).toHaveURL(/\/practice\?ids=[0-9a-f]+&from=review$/);
  await expect(page.locator('.quiz-question-heading')).toHaveText('Question 1 of 1');
  await expect(page.locator('.quiz-stem')).toContainText('A Machine Learning Specialist uploads a dataset');
  // An answer given in a session started from Review is recorded as a review.
  await page.getByRole('radio', { name: /^C\./ }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Correct|Incorrect/ })).toBeVisible();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('examflow-progress') ?? '{}'));
  expect(saved.state.attempts.map((attempt: { mode: string }) => attempt.mode)).toEqual(['practice', 'review']);
});

test("a note's Quiz me leads to its practice page, where the question answers", async ({ page }) => {
  await page.goto('/notes/kms-sagemaker-s3-encryption');
  await untilHydrated(page);
  await page.getByRole('link', { name: 'Quiz me' }).click();
  await expect(page).toHaveURL(/\/practice\/kms-sagemaker-s3-encryption$/);
  await page.getByRole('radio', { name: /^C\./ }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correct' })).toHaveText('✓ Correct');
});

test("a note's practice page resumes a session in progress at its question, not at the pre-rendered first one", async ({ page }) => {
  // The seed vault's note with two questions.
  await page.goto('/practice/sagemaker-hpo-scaling-parallelism');
  const heading = page.locator('.quiz-question-heading');
  await expect(heading).toHaveText(/Question 1 of \d+/);
  await page.getByRole('checkbox').or(page.getByRole('radio')).first().check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(heading).toHaveText(/Question 2 of/);
  const stem = await page.locator('.quiz-stem').innerText();

  await page.reload();
  await expect(heading).toHaveText(/Question 2 of/);
  await expect(page.locator('.quiz-stem')).toHaveText(stem);
  await expect(page.getByRole('progressbar', { name: 'Session progress' })).toHaveAttribute('aria-valuenow', '1');
  // The query form of the link (older links, bookmarks) is the same practice: it resumes too.
  await page.goto('/practice?note=sagemaker-hpo-scaling-parallelism');
  await expect(heading).toHaveText(/Question 2 of/);
  await expect(page.locator('.quiz-stem')).toHaveText(stem);
});

test('an unknown note and an empty selection say so, with a way back', async ({ page }) => {
  await page.goto('/practice/no-such-note');
  await expect(page.locator('#main').getByRole('status')).toHaveText('There is no note "no-such-note" in this vault.');
  await page.goto('/practice?note=no-such-note');
  await expect(page.locator('#main').getByRole('status')).toHaveText('There is no note "no-such-note" in this vault.');
  await expect(page.getByRole('link', { name: 'Back to all notes' })).toBeVisible();
  await page.goto('/practice?mode=flagged');
  await expect(page.locator('#main').getByRole('status')).toHaveText('No question is flagged. Flag one during practice or an exam to come back to it here.');
  await expect(page.getByRole('link', { name: 'Back to all notes' })).toBeVisible();
});

test('axe finds nothing on a refused choice, a checked question and the summary, in Korean and dark', async ({ page }) => {
  await page.addInitScript(() => {
    const state = { language: 'ko', theme: 'dark', shuffleOptions: false, examQuestions: 65, examMinutes: 180, passMark: 750 };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
  const violations = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
  await page.goto(FIREHOSE);
  for (const label of ['A', 'B', 'C']) await page.getByRole('checkbox', { name: new RegExp(`^${label}\\.`) }).click();
  await expect(page.getByRole('alert')).toHaveText('2개까지만 고를 수 있습니다. 먼저 고른 것 하나를 해제하세요.');
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: '채점', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '오답입니다' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.getByRole('button', { name: '결과 요약 보기' }).click();
  await expect(page.getByRole('heading', { name: '연습 결과 요약' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test("a note's practice starts without the vault's note index: the scripts its page starts with name no other note", async ({ page }) => {
  await page.goto(SEED);
  // What the page starts its app with: the modulepreloads its pre-rendered HTML holds (src/build/defer-app-start.ts).
  const scripts = await page.evaluate(() => {
    const start = document.getElementById('app-start') as HTMLTemplateElement;
    return [...start.content.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href')!);
  });
  expect(scripts.length).toBeGreaterThan(0);
  const bodies = await Promise.all(scripts.map(async (src) => (await page.request.get(src)).text()));
  expect(scripts.filter((_, i) => bodies[i]!.includes('Kinesis Data Firehose 레코드 형식 변환'))).toEqual([]);
  // The session still comes, with the index, once the page has hydrated.
  await untilHydrated(page);
  await page.getByRole('radio', { name: /^B\./ }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Incorrect' })).toHaveText('✗ Incorrect — the answer is C');
});

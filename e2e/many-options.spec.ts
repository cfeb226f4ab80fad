import { expect, test, type Locator, type Page } from '@playwright/test';
import { untilHydrated } from './support/hydration';

/**
 * The big-notes vault's question of a thousand option lines (src/cli/gen-vault/many-options.ts): six options
 * (letters come round again; the parser keeps the first of each), each explained by about 167 pasted bullets.
 * "Show answer" on the note and "Check" in practice draw those explanations a few options per task: the list
 * is busy meanwhile, and in the end every one of the thousand explanations is on the page. Timings are
 * `src/cli/bench/many-options-page.ts`'s, not asserted.
 */
const EXPLANATIONS = 1000;

// A page of a thousand explanations on a shared, loaded machine: limits bound a wait, they measure nothing.
test.describe.configure({ timeout: 180_000 });
test.use({ trace: 'off' });
const LONG = { timeout: 120_000 };

async function english(page: Page) {
  await page.addInitScript(() => {
    const state = { language: 'en', theme: 'light', shuffleOptions: false };
    localStorage.setItem('examflow-settings', JSON.stringify({ state, version: 1 }));
  });
}

/** The numbers of the explanation paragraphs ("Option N: <service>는 …") inside `list`, each once. */
async function explained(list: Locator): Promise<number[]> {
  return list.evaluate((element) =>
    [...element.querySelectorAll('p')].flatMap((p) => /^Option (\d+): .+는 /.exec(p.textContent ?? '')?.[1] ?? []).map(Number).sort((a, b) => a - b),
  );
}

const all = Array.from({ length: EXPLANATIONS }, (_, i) => i + 1);

test('"Show answer" on the note draws every explanation, the list busy until then, and the page keeps answering', async ({ page }) => {
  await english(page);
  await page.goto('/notes/many-options', LONG);
  // The app draws the explanations the pre-render left out: it runs before the disclosure is opened.
  await untilHydrated(page);
  const question = page.locator('.note-question');
  const list = question.locator('.note-explanation-list');
  // Closed, the answer holds (and the pre-render wrote) only the first explanations: a thousand hidden
  // paragraphs would be laid out in the one task that opens it.
  const closed = await explained(list);
  expect(closed.length).toBeGreaterThan(0);
  expect(closed.length).toBeLessThan(EXPLANATIONS);
  await question.getByText('Show the answer and explanations').click();
  // Opened while the question is still the pre-rendered HTML (its code loads as it nears the view), the
  // disclosure shows what the pre-render wrote and nothing is busy yet: the rest arrives with the code.
  await expect.poll(() => explained(list), LONG).toEqual(all);
  await expect(list).not.toHaveAttribute('aria-busy', /.*/, LONG);
  await expect(list).toBeVisible();
  // The disclosure still answers: it closes and opens again, whole at once or step by step, nothing lost.
  await question.getByText('Show the answer and explanations').click();
  await expect(list).toBeHidden();
  await question.getByText('Show the answer and explanations').click();
  // The disclosure's toggle event comes a task after the click: until the app hears it, the list is the closed
  // one (never busy), so only every explanation on the page says the drawing is done.
  await expect.poll(() => explained(list), LONG).toEqual(all);
  await expect(list).not.toHaveAttribute('aria-busy', /.*/, LONG);
});

test('"Check" in practice marks every option and draws every explanation', async ({ page }) => {
  await english(page);
  await page.goto('/practice?note=many-options', LONG);
  const group = page.getByRole('group', { name: /Which service should store the raw events\?/ });
  await expect(group.getByRole('radio')).toHaveCount(6);
  await group.getByRole('radio', { name: /^A\./ }).check();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const list = page.locator('.quiz-option-list');
  await expect(list).not.toHaveAttribute('aria-busy', /.*/, LONG);
  expect(await explained(list)).toEqual(all);
  await expect(page.getByRole('radio', { name: /^B\./ })).toHaveAccessibleDescription(/Correct answer/);
});

/**
 * How the page of a question with a thousand option lines behaves in Chromium: the main thread's long tasks
 * while the note loads, after "Show answer" on the note, and after "Check" in practice, each until the
 * explanations' list is no longer busy, with the longest wait of a key press (one every 100 ms).
 * `tsx src/cli/bench/many-options-page.ts <built site folder> [port]`: the site of a vault made by
 * e2e/support/make-big-vault.ts. Numbers depend on the machine and its load: print them with it.
 */
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM } from './page-weight';
import { OBSERVE_TASKS, pressUntil, readTimings, resetTimings, runPageBench } from './page-run';

/** One step's main-thread cost: long tasks (over 50 ms) from its start, how many over 200 ms, the longest. */
export interface StepTimings {
  step: string;
  longTasks: number;
  over200: number;
  longestMs: number;
  maxInputDelayMs: number;
}

/** Runs `act`, pressing Shift every 100 ms until `list` is drawn and not busy (plus a second), then reads the tasks. */
async function measure(page: Page, step: string, list: string, act: () => Promise<unknown>): Promise<StepTimings> {
  await resetTimings(page);
  await pressUntil(page, act()
    .then(() => page.waitForFunction((selector) => {
      const element = document.querySelector(selector);
      return element && !element.hasAttribute('aria-busy');
    }, list, { timeout: 300_000, polling: 100 }))
    .then(() => new Promise((resolve) => setTimeout(resolve, 1000))));
  const timings = await readTimings(page);
  const tasks = timings.tasks.map(([, ms]) => ms);
  const { inputs } = timings;
  return { step, longTasks: tasks.length, over200: tasks.filter((ms) => ms > 200).length, longestMs: Math.round(Math.max(0, ...tasks)), maxInputDelayMs: Math.round(Math.max(0, ...inputs)) };
}

/** Loads the many-options note, shows its answer, then checks an answer to its question in practice. */
export async function measureManyOptions(origin: string): Promise<StepTimings[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('examflow-settings', JSON.stringify({ state: { language: 'en', shuffleOptions: false }, version: 1 })));
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_TASKS);
    const rows: StepTimings[] = [];
    await page.goto(`${origin}/notes/small-note`, { waitUntil: 'networkidle' });
    rows.push(await measure(page, 'note loads', '.note-explanation-list', () => page.goto(`${origin}/notes/many-options`, { waitUntil: 'networkidle' })));
    rows.push(await measure(page, 'Show answer', '.note-explanation-list', () => page.locator('.note-answer-reveal summary').click()));
    rows.push(await measure(page, 'practice loads', '.quiz-option-list', () => page.goto(`${origin}/practice?note=many-options`, { waitUntil: 'networkidle' })));
    await page.getByRole('radio').first().check();
    rows.push(await measure(page, 'Check', '.quiz-option-list', () => page.getByRole('button', { name: 'Check', exact: true }).click()));
    await context.close();
    return rows;
  } finally {
    await browser.close();
  }
}

await runPageBench(process.argv.slice(2), 4328, measureManyOptions, [
  ['step', (r) => r.step],
  ['long tasks', (r) => r.longTasks],
  ['> 200 ms', (r) => r.over200],
  ['longest ms', (r) => r.longestMs],
  ['max input delay ms', (r) => r.maxInputDelayMs],
]);

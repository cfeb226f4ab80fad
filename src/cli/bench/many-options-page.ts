/**
 * How the page of a question with a thousand option lines behaves in Chromium: the main thread's long tasks
 * while the note loads, after "Show answer" on the note, and after "Check" in practice, each until the
 * explanations' list is no longer busy, with the longest wait of a key press (one every 100 ms).
 * `tsx src/cli/bench/many-options-page.ts <built site folder> [port]`: the site of a vault made by
 * e2e/support/make-big-vault.ts. Numbers depend on the machine and its load: print them with it.
 */
import os from 'node:os';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM } from './page-weight';
import { startPreview } from './preview-server';

/** One step's main-thread cost: long tasks (over 50 ms) from its start, how many over 200 ms, the longest. */
export interface StepTimings {
  step: string;
  longTasks: number;
  over200: number;
  longestMs: number;
  maxInputDelayMs: number;
}

const OBSERVE = () => {
  const w = window as unknown as { __tasks: number[]; __inputs: number[] };
  w.__tasks = [];
  w.__inputs = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => {
      const timing = e as PerformanceEventTiming;
      if (timing.name === 'keydown') w.__inputs.push(timing.processingStart - timing.startTime);
    }),
  ).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

/** Runs `act`, pressing Shift every 100 ms until `list` is drawn and not busy (plus a second), then reads the tasks. */
async function measure(page: Page, step: string, list: string, act: () => Promise<unknown>): Promise<StepTimings> {
  await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __inputs: number[] };
    w.__tasks.length = 0;
    w.__inputs.length = 0;
  });
  let finished = false;
  const done = act()
    .then(() => page.waitForFunction((selector) => {
      const element = document.querySelector(selector);
      return element && !element.hasAttribute('aria-busy');
    }, list, { timeout: 300_000, polling: 100 }))
    .then(() => new Promise((resolve) => setTimeout(resolve, 1000)))
    .finally(() => (finished = true));
  while (!finished) {
    await page.keyboard.press('Shift');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await done;
  const { tasks, inputs } = await page.evaluate(() => {
    const w = window as unknown as { __tasks: number[]; __inputs: number[] };
    return { tasks: w.__tasks, inputs: w.__inputs };
  });
  return { step, longTasks: tasks.length, over200: tasks.filter((ms) => ms > 200).length, longestMs: Math.round(Math.max(0, ...tasks)), maxInputDelayMs: Math.round(Math.max(0, ...inputs)) };
}

/** Loads the many-options note, shows its answer, then checks an answer to its question in practice. */
export async function measureManyOptions(origin: string): Promise<StepTimings[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
    await context.addInitScript(() => localStorage.setItem('examflow-settings', JSON.stringify({ state: { language: 'en', shuffleOptions: false }, version: 1 })));
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
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

const [outDir, port = '4328'] = process.argv.slice(2);
if (outDir) {
  const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`load before ${load()}`);
  const server = await startPreview(outDir, Number(port));
  try {
    const rows = await measureManyOptions(server.origin);
    console.log('| step | long tasks | > 200 ms | longest ms | max input delay ms |');
    console.log('| --- | --- | --- | --- | --- |');
    for (const r of rows) console.log(`| ${r.step} | ${r.longTasks} | ${r.over200} | ${r.longestMs} | ${r.maxInputDelayMs} |`);
  } finally {
    await server.stop();
  }
  console.log(`load after ${load()}`);
}

/** The first search of a visit, as a reader does it in Chromium: what it fetches and how long until results show. */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM } from './page-weight';
import { scriptTime, SEARCH_LOAD_SCRIPTS, startTrace, type ScriptTime } from './script-time';

/** What the first search of a fresh visit cost. */
export interface FirstSearch {
  query: string;
  /** Requests made from the shortcut until the results showed and the network went quiet. */
  requests: number;
  /** Their bodies gzipped at level 9, as a static host would send them, in bytes. */
  gzipBytes: number;
  /** From pressing the shortcut to the first result on screen, in milliseconds (typing included). */
  ms: number;
  results: number;
  /** The page's main-thread task time over the same span (CDP's TaskDuration; a worker's time is not in it), in milliseconds. */
  mainThreadMs: number;
  /**
   * The same, for the same query typed again in the same visit once the dialog is closed (its code and the
   * index already loaded): the first search's main-thread time less this is what loading cost the page.
   */
  repeatMainThreadMs: number;
  /** Of the first search's main-thread time, what the index's own scripts (its chunks, the code that loads them) took (script-time.ts). */
  index: ScriptTime;
}

/**
 * Waits until the page's main thread is quiet (under 10 ms of tasks in 300 ms, or 15 s passed): after the
 * network is idle the page may still be hydrating, and that work is not the search's.
 */
async function settle(taskSeconds: () => Promise<number>): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    const before = await taskSeconds();
    await new Promise((resolve) => setTimeout(resolve, 300));
    if ((await taskSeconds()) - before < 0.01) return;
  }
}

/** Presses `/`, types `query`, waits for the first result and a second more; returns the time to it and the main thread's task time. */
async function searchOnce(page: Page, query: string, taskSeconds: () => Promise<number>): Promise<{ ms: number; mainThreadMs: number }> {
  await settle(taskSeconds);
  const tasksBefore = await taskSeconds();
  const start = performance.now();
  await page.locator('body').press('/');
  // The dialog's code arrives after the key press; keys typed before its field exists would be lost.
  await page.getByRole('combobox').pressSequentially(query);
  await page.getByRole('option').first().waitFor({ timeout: 60_000 });
  const ms = performance.now() - start;
  // Whatever else the search asks for (more shards, a worker) lands within the next moments.
  await page.waitForTimeout(1000);
  return { ms, mainThreadMs: ((await taskSeconds()) - tasksBefore) * 1000 };
}

/** Opens the home page of `origin` fresh, presses `/`, types `query` and waits for the first result. */
export async function measureFirstSearch(origin: string, query: string): Promise<FirstSearch> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    // Only what is fetched after the page settled counts: the page's own scripts came before the shortcut.
    // The context sees a worker's own fetches too, which the page's listener may not.
    const sizes: Promise<number>[] = [];
    context.on('response', (response) => sizes.push(response.body().then((body) => gzipSync(body, { level: 9 }).length, () => 0)));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    const stopTrace = await startTrace(cdp);
    const { ms, mainThreadMs } = await searchOnce(page, query, taskSeconds);
    const index = scriptTime(await stopTrace(), SEARCH_LOAD_SCRIPTS);
    const results = await page.getByRole('option').count();
    const bytes = await Promise.all(sizes);
    await page.keyboard.press('Escape');
    await page.getByRole('combobox').waitFor({ state: 'hidden' });
    const repeat = await searchOnce(page, query, taskSeconds);
    await context.close();
    return { query, requests: bytes.length, gzipBytes: bytes.reduce((sum, size) => sum + size, 0), ms, results, mainThreadMs, repeatMainThreadMs: repeat.mainThreadMs, index };
  } finally {
    await browser.close();
  }
}

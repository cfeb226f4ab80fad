/** What a first visit to a page of a built site fetches, measured in Chromium until its app has started (or waits for a press) and the network is idle. */
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

/** What one stretch of a visit fetched: its scripts, gzipped at level 9 as a static host would send them, and every request. */
export interface Fetched {
  scripts: number;
  /** Every script body fetched, gzipped, in bytes. */
  scriptGzip: number;
  requests: number;
}

/** A page that waits for the reader's intent: what its first press (on the search button) fetched, and how long it took to answer. */
export interface FirstPress extends Fetched {
  /** From the press (pointerdown) to the app running (React attached to <main>), in milliseconds. */
  toAppMs: number;
  /** From the press to the search dialog on screen, in milliseconds. */
  toResponseMs: number;
  /** The 1, 5 and 15 minute load averages when the press was answered: its times depend on them. */
  load: string;
}

/** The scripts one first visit fetched until the network was idle, with no interaction, and how many requests it made in all. */
export interface PageWeight extends Fetched {
  path: string;
  /**
   * When the page's app started: at `load` (after its first paint), on the reader's `intent` (it had not started a
   * while after its first paint), or `never` (a page whose scripts are then not all counted).
   */
  start: 'load' | 'intent' | 'never';
  htmlGzip: number;
  /** For a page that waits for intent: its first press. */
  firstPress?: FirstPress;
}

/** Where Debian's Chromium is, unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long the network must be quiet, as Playwright's `networkidle` counts it. */
const IDLE_MS = 500;
/** How long a page may take to start its app before it is reported as one that never does. */
const START_TIMEOUT_MS = 60_000;
/**
 * How long after its first contentful paint a page that has not asked for its app is taken to wait for intent: a
 * page that starts at load asks in the paint observer's callback (src/app/after-first-paint.ts), moments after.
 */
const INTENT_AFTER_PAINT_MS = 1_000;

/** Records, from the document's start, when the first press (pointerdown) came. */
const WATCH_FIRST_PRESS = () => {
  addEventListener('pointerdown', (event) => {
    const w = window as unknown as { __pressAt?: number };
    w.__pressAt ??= event.timeStamp;
  }, true);
};

/**
 * Checked at every frame after the press: notes the first frame at which the app ran (React attached to <main>) and
 * the first at which the search dialog showed; both, from the press, once both have. Flat (no inner function), as it
 * runs in the page as written.
 */
function answerSeen(): { app: number; response: number } | null {
  const w = window as unknown as { __pressAt?: number; __appAt?: number; __responseAt?: number };
  const now = performance.now();
  if (w.__appAt === undefined && Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber'))) w.__appAt = now;
  if (w.__responseAt === undefined && document.querySelector('[role="dialog"]')) w.__responseAt = now;
  if (w.__pressAt === undefined || w.__appAt === undefined || w.__responseAt === undefined) return null;
  return { app: w.__appAt - w.__pressAt, response: w.__responseAt - w.__pressAt };
}

/**
 * Whether the page's app has started: `load` once React has attached itself to <main>, `intent` when a while after
 * the first contentful paint it has not even asked for its scripts (their modulepreloads), null while undecided.
 */
function startSeen(wait: number): 'load' | 'intent' | null {
  if (Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber'))) return 'load';
  if (document.querySelector('link[rel="modulepreload"]')) return null;
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return paint && performance.now() - paint.startTime > wait ? 'intent' : null;
}

/** Counts `page`'s requests in flight from now on; `quiet` resolves once none has been for IDLE_MS (from the call on). */
function watchNetwork(page: Page): { quiet: () => Promise<void> } {
  let inFlight = 0;
  let lastChange = Date.now();
  page.on('request', () => {
    inFlight++;
    lastChange = Date.now();
  });
  const ended = () => {
    inFlight--;
    lastChange = Date.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    quiet: () => {
      lastChange = Date.now();
      return new Promise((resolve) => {
        const check = setInterval(() => {
          if (inFlight > 0 || Date.now() - lastChange < IDLE_MS) return;
          clearInterval(check);
          resolve();
        }, 50);
      });
    },
  };
}

/**
 * Weighs one first visit to `url` in `page` (`path` names it in the row), with no interaction. A built page starts
 * its app after its first contentful paint, which on a long page can come more than IDLE_MS after the last request
 * (`networkidle` alone then ends the visit before any script is fetched), so the visit waits for the app to start,
 * then for the network to be idle. A page whose app waits for the reader's intent (a first visit's home page) is
 * weighed as it stands, then pressed once (its search button) and what that press fetched is weighed apart.
 */
export async function weighPage(page: Page, url: string, { path = url, startTimeoutMs = START_TIMEOUT_MS, intentAfterPaintMs = INTENT_AFTER_PAINT_MS } = {}): Promise<PageWeight> {
  const weight: PageWeight = { path, start: 'never', scripts: 0, scriptGzip: 0, htmlGzip: 0, requests: 0 };
  let counted: Fetched = weight;
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const into = counted;
    into.requests++;
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'document') return;
    pending.push(response.body().then((body) => {
      const gz = gzipSync(body, { level: 9 }).length;
      if (type === 'script') {
        into.scripts++;
        into.scriptGzip += gz;
      } else weight.htmlGzip += gz;
    }, () => undefined));
  });
  await page.addInitScript(WATCH_FIRST_PRESS);
  const network = watchNetwork(page);
  await page.goto(url, { waitUntil: 'load' });
  const seen = await page.waitForFunction(startSeen, intentAfterPaintMs, { timeout: startTimeoutMs, polling: 50 }).then((handle) => handle.jsonValue(), () => 'never' as const);
  weight.start = seen ?? 'never';
  await network.quiet();
  await Promise.all(pending);
  if (weight.start !== 'intent') return weight;

  const press: FirstPress = { scripts: 0, scriptGzip: 0, requests: 0, toAppMs: Number.NaN, toResponseMs: Number.NaN, load: '' };
  counted = press;
  const pressed = await page.locator('.search-launcher').click({ timeout: startTimeoutMs }).then(() => true, () => false);
  const times = pressed ? await page.waitForFunction(answerSeen, undefined, { timeout: startTimeoutMs, polling: 'raf' }).then((handle) => handle.jsonValue(), () => null) : null;
  await network.quiet();
  await Promise.all(pending);
  // A page that neither started at load nor on a press never started.
  if (!times) weight.start = 'never';
  const load = os.loadavg().map((value) => value.toFixed(1)).join(' ');
  weight.firstPress = { ...press, toAppMs: times?.app ?? Number.NaN, toResponseMs: times?.response ?? Number.NaN, load };
  return weight;
}

/** Opens each path of `origin` in a fresh browser context (a first visit) and sums what it fetched. */
export async function measurePages(origin: string, paths: string[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const results: PageWeight[] = [];
    for (const path of paths) {
      // Service workers are blocked so that a precache install does not count as the page's own fetches.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      results.push(await weighPage(await context.newPage(), `${origin}${path}`, { path }));
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

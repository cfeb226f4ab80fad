/** What a first visit to a page of a built site fetches, measured in Chromium until its app has started and the network is idle. */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

/** The scripts one first visit fetched, and how many requests it made in all. */
export interface PageWeight {
  path: string;
  /** Whether the page's app started (React attached itself to <main>); the scripts of one that never did are not all counted. */
  started: boolean;
  scripts: number;
  /** Every script body fetched, gzipped at level 9 as a static host would send it, in bytes. */
  scriptGzip: number;
  htmlGzip: number;
  requests: number;
}

/** Where Debian's Chromium is, unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How long the network must be quiet, as Playwright's `networkidle` counts it. */
const IDLE_MS = 500;
/** How long a page may take to start its app before it is reported as one that never does. */
const START_TIMEOUT_MS = 60_000;

/** Whether React has attached itself to the page's <main>: the app has started and hydrated it. */
function appStarted(): boolean {
  return Object.keys(document.querySelector('main') ?? {}).some((key) => key.startsWith('__reactFiber'));
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
 * Weighs one first visit to `url` in `page` (`path` names it in the row). A built page starts its app only after its first contentful paint,
 * which on a long page can come more than IDLE_MS after the last request: `networkidle` alone then ends the visit
 * before any script is fetched. So the visit waits for the app to start, then for the network to be idle.
 */
export async function weighPage(page: Page, url: string, { path = url, startTimeoutMs = START_TIMEOUT_MS } = {}): Promise<PageWeight> {
  const weight: PageWeight = { path, started: false, scripts: 0, scriptGzip: 0, htmlGzip: 0, requests: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    weight.requests++;
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'document') return;
    pending.push(response.body().then((body) => {
      const gz = gzipSync(body, { level: 9 }).length;
      if (type === 'script') {
        weight.scripts++;
        weight.scriptGzip += gz;
      } else weight.htmlGzip += gz;
    }, () => undefined));
  });
  const network = watchNetwork(page);
  await page.goto(url, { waitUntil: 'load' });
  weight.started = await page.waitForFunction(appStarted, undefined, { timeout: startTimeoutMs }).then(() => true, () => false);
  await network.quiet();
  await Promise.all(pending);
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

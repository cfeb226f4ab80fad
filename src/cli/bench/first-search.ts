/** The first search of a visit, as a reader does it in Chromium: what it fetches and how long until results show. */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM } from './page-weight';

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
    const tasksBefore = await taskSeconds();
    const start = performance.now();
    await page.locator('body').press('/');
    // The dialog's code arrives after the key press; keys typed before its field exists would be lost.
    await page.getByRole('combobox').pressSequentially(query);
    await page.getByRole('option').first().waitFor({ timeout: 60_000 });
    const ms = performance.now() - start;
    // Whatever else the search asks for (more shards, a worker) lands within the next moments.
    await page.waitForTimeout(1000);
    const results = await page.getByRole('option').count();
    const mainThreadMs = ((await taskSeconds()) - tasksBefore) * 1000;
    const bytes = await Promise.all(sizes);
    await context.close();
    return { query, requests: bytes.length, gzipBytes: bytes.reduce((sum, size) => sum + size, 0), ms, results, mainThreadMs };
  } finally {
    await browser.close();
  }
}

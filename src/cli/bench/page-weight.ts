/** What a first visit to a page of a built site fetches, measured in Chromium until the network is idle. */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

/** The scripts one first visit fetched, and how many requests it made in all. */
export interface PageWeight {
  path: string;
  scripts: number;
  /** Every script body fetched, gzipped at level 9 as a static host would send it, in bytes. */
  scriptGzip: number;
  htmlGzip: number;
  requests: number;
}

/** Where Debian's Chromium is, unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Opens each path of `origin` in a fresh browser context (a first visit) and sums what it fetched. */
export async function measurePages(origin: string, paths: string[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const results: PageWeight[] = [];
    for (const path of paths) {
      // Service workers are blocked so that a precache install does not count as the page's own fetches.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const weight: PageWeight = { path, scripts: 0, scriptGzip: 0, htmlGzip: 0, requests: 0 };
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
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      await Promise.all(pending);
      results.push(weight);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}

/**
 * `npm run paint:measure -- [DIR] [--runs 5] [--port N]`: what the first paint of the built site's audited pages
 * (those `npm run lighthouse` audits) costs a phone's main thread, on this machine without throttling. Each run
 * is a new Chromium, so its font caches are cold as Lighthouse's are, at Lighthouse's phone size; the table gives
 * the median of the runs: the task that painted the page first, its layout, the font lookups and fallback lookups
 * on the way, and the first contentful paint. Lighthouse multiplies that task's time by 2 (layout) to 4 (script)
 * in its simulated phone, and whatever of it falls after its simulated first paint is blocking time.
 */
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { assertBuilt, auditPages, readAuditArgs } from './bench/audit-pages';
import { firstPaintWork, type FirstPaintWork, type PaintTraceEvent } from './bench/first-paint-work';
import { formatNumber, formatTable } from './bench/format-table';
import { CHROMIUM } from './bench/page-weight';
import { startPreview } from './bench/preview-server';
import { median } from './bench/stats';

const USAGE = 'usage: npm run paint:measure -- [DIR] [--runs 5] [--port 4177]';
// Lighthouse's mobile screen (its default config): a 412 × 823 phone at 1.75 device pixels per CSS pixel.
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing', 'loading', 'fonts'];


/** One cold load of `url`, traced. */
async function measure(url: string, tracePath: string): Promise<FirstPaintWork> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await (await browser.newContext(PHONE)).newPage();
    await browser.startTracing(page, { path: tracePath, categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 });
    await browser.stopTracing();
    const events = (JSON.parse(await readFile(tracePath, 'utf8')) as { traceEvents: PaintTraceEvent[] }).traceEvents;
    const work = firstPaintWork(events);
    if (!work) throw new Error(`the trace of ${url} holds no first paint of the page`);
    return work;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<number> {
  const args = readAuditArgs(process.argv.slice(2), { outDir: 'dist', port: 4177, runs: 5 });
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const { outDir, port, runs } = args;
  assertBuilt(outDir);
  const pages = await auditPages(outDir);
  const server = await startPreview(outDir, port);
  const tracePath = path.join(os.tmpdir(), `examflow-first-paint-${process.pid}.json`);
  const rows: string[][] = [];
  try {
    for (const page of pages) {
      const samples: FirstPaintWork[] = [];
      for (let run = 0; run < runs; run++) samples.push(await measure(`${server.origin}${page.path}`, tracePath));
      const mid = (pick: (w: FirstPaintWork) => number | null) => median(samples.map(pick).filter((v): v is number => v !== null));
      rows.push([page.name, formatNumber(mid((w) => w.taskMs), 0), formatNumber(mid((w) => w.layoutMs), 0), formatNumber(mid((w) => w.fontLookups), 0),
        formatNumber(mid((w) => w.fallbackLookups), 0), formatNumber(mid((w) => w.fcpMs), 0)]);
    }
  } finally {
    await server.stop();
    await rm(tracePath, { force: true });
  }
  console.log(`First paint on a phone-sized Chromium, cold, no throttling: median of ${runs} (${pages.map((p) => `${p.name} ${decodeURI(p.path)}`).join(', ')})`);
  console.log(formatTable(['page', 'first-paint task ms', 'its layout ms', 'font lookups', 'fallback lookups', 'FCP ms'], rows));
  return 0;
}

process.exitCode = await main();

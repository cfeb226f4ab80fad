/**
 * `npm run lighthouse -- [DIR] [--port N] [--runs 3]`: audits the built site (`npm run build` first) as a
 * phone would see it, on the home page, a note, the practice page of that note and a tag page, with
 * Debian's Chromium. Each page is audited `--runs` times and the median is printed (scores wobble from run
 * to run); every report is saved as bench-results/lighthouse/<page>-<run>.json. `--port` picks the preview
 * server's port, so it can run beside other servers.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { formatNumber, formatTable } from './bench/format-table';
import { CATEGORIES, medianSummary, summarizeLighthouse, type LighthouseResultLike, type PageSummary } from './bench/lighthouse-summary';
import { startPreview } from './bench/preview-server';
import { assertBuilt, auditPages, readAuditArgs } from './bench/audit-pages';

const OUT = 'bench-results/lighthouse';
const USAGE = 'usage: npm run lighthouse -- [DIR] [--port 4176] [--runs 3]';


async function main(): Promise<number> {
  const args = readAuditArgs(process.argv.slice(2), { outDir: 'dist', port: 4176, runs: 3 });
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const { outDir, port, runs } = args;
  assertBuilt(outDir);
  const pages = await auditPages(outDir);
  const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const server = await startPreview(outDir, port);
  const summaries: { page: string; summary: PageSummary }[] = [];
  try {
    await mkdir(OUT, { recursive: true });
    for (const page of pages) {
      const runsOfPage: PageSummary[] = [];
      for (let run = 1; run <= runs; run++) {
        // Each audit is a first visit, as the issue measures it: Lighthouse clears a site's caches and service
        // worker but keeps its localStorage, so in one browser the tag page met the session practice had saved.
        // A new Chromium gets a new profile (chrome-launcher makes a fresh one for every launch).
        const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
        try {
          // Lighthouse's default config is the mobile one: a mid-range phone on a slow 4G connection (simulated).
          const result = await lighthouse(`${server.origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
          if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
          await writeFile(path.join(OUT, `${page.name}-${run}.json`), result.report as string);
          runsOfPage.push(summarizeLighthouse(result.lhr as unknown as LighthouseResultLike));
        } finally {
          chrome.kill();
        }
      }
      summaries.push({ page: page.name, summary: medianSummary(runsOfPage) });
    }
  } finally {
    await server.stop();
  }
  console.log(`Lighthouse mobile, median of ${runs} (${pages.map((p) => `${p.name} ${decodeURI(p.path)}`).join(', ')})`);
  console.log(formatTable(
    ['page', ...CATEGORIES, 'LCP'],
    summaries.map(({ page, summary }) => [page, ...CATEGORIES.map((c) => String(summary.scores[c] ?? 'n/a')),
      summary.lcpMs === null ? 'n/a' : `${formatNumber(summary.lcpMs / 1000, 1)} s`]),
  ));
  for (const { page, summary } of summaries) {
    for (const f of summary.failing) {
      console.log(`  ${page} ${f.category}: ${f.id} (${Math.round(f.score * 100)}) ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}`);
    }
  }
  console.log(`\nFull reports: ${OUT}/<page>-<run>.json`);
  return 0;
}

process.exitCode = await main();

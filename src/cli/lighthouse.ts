/**
 * `npm run lighthouse`: audits the built site (`npm run build` first) as a phone would see it, on the home
 * page, a note and the practice page, with Debian's Chromium. Prints the four category scores and the
 * audits that lost points, and saves each full report as bench-results/lighthouse/<page>.json.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { formatTable } from './bench/format-table';
import { CATEGORIES, summarizeLighthouse, type LighthouseResultLike, type PageSummary } from './bench/lighthouse-summary';
import { startPreview } from './bench/preview-server';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'note', path: '/notes/kms-sagemaker-s3-encryption' },
  { name: 'practice', path: '/practice?note=kms-sagemaker-s3-encryption' },
];
const OUT = 'bench-results/lighthouse';
const outDir = process.argv[2] ?? 'dist';

async function main(): Promise<void> {
  if (!existsSync(path.join(outDir, 'index.html'))) throw new Error(`${outDir}/index.html is missing: run npm run build first`);
  const chromePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const server = await startPreview(outDir, 4176);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const summaries: { page: string; summary: PageSummary }[] = [];
  try {
    await mkdir(OUT, { recursive: true });
    for (const page of PAGES) {
      // Lighthouse's default config is the mobile one: a mid-range phone on a slow 4G connection (simulated).
      const result = await lighthouse(`${server.origin}${page.path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      await writeFile(path.join(OUT, `${page.name}.json`), result.report as string);
      summaries.push({ page: page.name, summary: summarizeLighthouse(result.lhr as unknown as LighthouseResultLike) });
    }
  } finally {
    chrome.kill();
    await server.stop();
  }
  console.log(formatTable(
    ['page', ...CATEGORIES],
    summaries.map(({ page, summary }) => [page, ...CATEGORIES.map((c) => String(summary.scores[c] ?? 'n/a'))]),
  ));
  for (const { page, summary } of summaries) {
    for (const f of summary.failing) {
      console.log(`  ${page} ${f.category}: ${f.id} (${Math.round(f.score * 100)}) ${f.title}${f.displayValue ? ` — ${f.displayValue}` : ''}`);
    }
  }
  console.log(`\nFull reports: ${OUT}/{${PAGES.map((p) => p.name).join(',')}}.json`);
}

await main();

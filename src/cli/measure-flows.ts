/**
 * Measures how readable the drawn flows of a built vault are: opens every note with a flow at a given width
 * and counts flows with a label under 12 px (and under 10 px) and flows cut off without a scroll hint.
 *
 * Usage: build with EXAMFLOW_CONTENT=DIR, serve it (vite preview --port P), then
 *   tsx src/cli/measure-flows.ts DIR http://localhost:P [--width 390] [--practice] [--json FILE]
 */
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parseVault } from '../content/parse-vault';
import { readVault } from '../build/read-vault';

/** What the page reports for one drawn flow. */
interface FlowReading {
  smallest: number;
  overflow: boolean;
  hinted: boolean;
  width: number;
}

const [dir, base, ...rest] = process.argv.slice(2);
if (!dir || !base) {
  console.error('usage: measure-flows DIR BASE_URL [--width N] [--practice] [--json FILE]');
  process.exit(2);
}
const flag = (name: string) => rest[rest.indexOf(name) + 1];
const width = rest.includes('--width') ? Number(flag('--width')) : 390;
const practice = rest.includes('--practice');

const notes = parseVault(await readVault(dir))
  .map((a) => a.note)
  .filter((note) => note.flows.length > 0 && (!practice || note.questions.length > 0));

const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width, height: 844 } });
const readings: (FlowReading & { slug: string })[] = [];
for (const note of notes) {
  const url = practice ? `${base}/practice?note=${encodeURIComponent(note.slug)}` : `${base}/notes/${encodeURIComponent(note.slug)}`;
  await page.goto(url);
  await page.waitForSelector('main h1', { timeout: 15_000 }).catch(() => undefined);
  // A flow that is drawn has an SVG; the screen size of each label is its font size times the SVG's scale.
  const found = await page.$$eval('figure.flow-diagram', (figures) =>
    figures.flatMap((figure) => {
      const svg = figure.querySelector('svg.flow-svg');
      if (!(svg instanceof SVGSVGElement)) return [];
      const sizes = [...svg.querySelectorAll('text')].map((text) => {
        const scale = text.getScreenCTM()?.a ?? 1;
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      });
      const frame = svg.parentElement as HTMLElement;
      const hint = figure.querySelector('[data-scroll-hint]');
      const hinted = hint instanceof HTMLElement && hint.offsetParent !== null && getComputedStyle(hint).visibility !== 'hidden';
      return [{
        smallest: Math.min(...sizes),
        overflow: frame.scrollWidth > frame.clientWidth + 1,
        hinted,
        width: svg.getBoundingClientRect().width,
      }];
    }),
  );
  for (const reading of found) readings.push({ slug: note.slug, ...reading });
}
await browser.close();

const under = (px: number) => readings.filter((r) => r.smallest < px - 0.01).length;
const widest = readings.reduce((a, b) => (b.width > a.width ? b : a), readings[0] ?? { slug: '', width: 0 });
const summary = {
  width,
  page: practice ? 'practice' : 'note',
  notes: notes.length,
  flows: readings.length,
  labelUnder12: under(12),
  labelUnder10: under(10),
  smallestLabel: Math.min(...readings.map((r) => r.smallest)),
  overflowing: readings.filter((r) => r.overflow).length,
  cutOffWithoutHint: readings.filter((r) => r.overflow && !r.hinted).length,
  widest: { slug: widest.slug, width: Math.round(widest.width) },
};
console.log(JSON.stringify(summary, null, 2));
const json = rest.includes('--json') ? flag('--json') : undefined;
if (json) writeFileSync(json, JSON.stringify({ summary, readings }, null, 2));

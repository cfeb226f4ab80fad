/**
 * How a long note's page behaves in Chromium while it loads: the main thread's long tasks after the first
 * paint, how long a key press waited for the page (Event Timing's input delay, one press every 100 ms),
 * and when the first part and the whole note were on the page. Two visits: the note opened directly (its
 * pre-rendered HTML) and reached by a link from another note (the app draws it).
 * `tsx src/cli/bench/big-note-page.ts <built site folder> [port] [--phone]`: the site of a vault made by
 * e2e/support/make-big-vault.ts. `--phone` reads it as a phone would: a 390 px touch screen at three pixels
 * per CSS pixel, the CPU slowed down four times (Lighthouse's mobile setting). Numbers depend on the machine and
 * its load: print them with it.
 */
import { chromium, type BrowserContextOptions, type Page } from '@playwright/test';
import GithubSlugger from 'github-slugger';
import { BIG_NOTE_MARKS } from '../gen-vault/big-note';
import { CHROMIUM } from './page-weight';
import { noteHasStarted, noteIsWhole } from './note-whole';
import { OBSERVE_TASKS, pressUntil, readTimings, resetTimings, runPageBench } from './page-run';

// The anchor of the note's last heading, as the build spells it (github-slugger).
const LAST_HEADING_ID = new GithubSlugger().slug(BIG_NOTE_MARKS.end);

/** What one visit of the long note measured, in milliseconds from the navigation (or the link's click). */
export interface BigNoteVisit {
  visit: string;
  firstPaintMs: number;
  /** The note's first line of text on the page. */
  firstPartMs: number;
  /** Its last heading on the page and the body no longer busy. */
  wholeMs: number;
  /** Long tasks (over 50 ms) that started after the first paint. */
  longTasks: number;
  over200: number;
  longestMs: number;
  /** The longest wait of a key press for the main thread (from the press to its handler). */
  maxInputDelayMs: number;
  presses: number;
}

async function measureVisit(page: Page, visit: string, go: () => Promise<unknown>): Promise<BigNoteVisit> {
  const start = Date.now();
  const first = go().then(() => page.waitForFunction(noteHasStarted, BIG_NOTE_MARKS.first, { timeout: 600_000, polling: 100 })).then(() => Date.now() - start);
  const whole = first
    .then(() => page.waitForFunction(noteIsWhole, LAST_HEADING_ID, { timeout: 600_000, polling: 100 }))
    .then(() => Date.now() - start);
  const presses = await pressUntil(page, whole.then(() => new Promise((resolve) => setTimeout(resolve, 1000))));
  const [firstPartMs, wholeMs] = await Promise.all([first, whole]);
  const timings = await readTimings(page);
  const after = timings.tasks.filter(([at]) => at >= timings.paintMs).map(([, ms]) => ms);
  return {
    visit,
    firstPaintMs: Math.round(timings.paintMs),
    firstPartMs,
    wholeMs,
    longTasks: after.length,
    over200: after.filter((ms) => ms > 200).length,
    longestMs: Math.round(Math.max(0, ...after)),
    maxInputDelayMs: Math.round(Math.max(0, ...timings.inputs)),
    presses,
  };
}

/** The reader a visit emulates: a desktop window, or a phone's screen and a CPU four times slower. */
export interface Reader {
  context: BrowserContextOptions;
  cpuSlowdown: number;
}

export const DESKTOP: Reader = { context: { viewport: { width: 1280, height: 900 } }, cpuSlowdown: 1 };
export const PHONE: Reader = { context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, cpuSlowdown: 4 };

/** Opens the long note of the site at `origin` directly, then from a link on the short note. */
export async function measureBigNotePage(origin: string, reader: Reader = DESKTOP): Promise<BigNoteVisit[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const visits: BigNoteVisit[] = [];
    for (const visit of ['opened directly', 'by a link'] as const) {
      const context = await browser.newContext({ serviceWorkers: 'block', ...reader.context });
      const page = await context.newPage();
      if (reader.cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: reader.cpuSlowdown });
      await page.addInitScript(OBSERVE_TASKS);
      if (visit === 'opened directly') visits.push(await measureVisit(page, visit, () => page.goto(`${origin}/notes/big-note`, { waitUntil: 'commit' })));
      else {
        await page.goto(`${origin}/notes/small-note`, { waitUntil: 'networkidle' });
        // The tasks of the first page are not this visit's: count from the click on.
        await resetTimings(page);
        visits.push(await measureVisit(page, visit, () => page.locator('.note-body a[href$="/notes/big-note"]').first().click()));
      }
      await context.close();
    }
    return visits;
  } finally {
    await browser.close();
  }
}

const args = process.argv.slice(2);
const reader = args.includes('--phone') ? PHONE : DESKTOP;
await runPageBench(args.filter((arg) => arg !== '--phone'), 4329, (origin) => measureBigNotePage(origin, reader), [
  ['visit', (v) => v.visit],
  ['first paint ms', (v) => v.firstPaintMs],
  ['first part ms', (v) => v.firstPartMs],
  ['whole note ms', (v) => v.wholeMs],
  ['long tasks after paint', (v) => v.longTasks],
  ['> 200 ms', (v) => v.over200],
  ['longest ms', (v) => v.longestMs],
  ['max input delay ms', (v) => v.maxInputDelayMs],
  ['presses', (v) => v.presses],
]);

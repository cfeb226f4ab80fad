/**
 * What the page benches of one site (the long note, the thousand-option question) share: the observer of long
 * tasks and key presses installed before a page's scripts run, the key presses that meet whatever the page is
 * doing, and the command line that serves a built site, measures it and prints a Markdown table with the load.
 */
import os from 'node:os';
import type { Page } from '@playwright/test';
import { startPreview } from './preview-server';

type Timed = { __tasks: [number, number][]; __inputs: number[] };

/** Collects long tasks (start, duration) and key presses' input delays from the document's start. Pass to `addInitScript`. */
export const OBSERVE_TASKS = () => {
  const w = window as unknown as Timed;
  w.__tasks = [];
  w.__inputs = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push([e.startTime, e.duration]))).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => {
      const timing = e as PerformanceEventTiming;
      if (timing.name === 'keydown') w.__inputs.push(timing.processingStart - timing.startTime);
    }),
  ).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

/** Forgets the tasks and presses seen so far, so the next step counts only its own. */
export async function resetTimings(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as Timed;
    w.__tasks.length = 0;
    w.__inputs.length = 0;
  });
}

/** The long tasks and input delays seen since the page opened (or the last reset), and the first contentful paint. */
export async function readTimings(page: Page): Promise<{ tasks: [number, number][]; inputs: number[]; paintMs: number }> {
  return page.evaluate(() => {
    const w = window as unknown as Timed;
    const paintMs = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    return { tasks: w.__tasks, inputs: w.__inputs, paintMs };
  });
}

/** Presses Shift every 100 ms until `done` settles, so each press meets whatever the page is doing then; returns how many. */
export async function pressUntil(page: Page, done: Promise<unknown>): Promise<number> {
  let finished = false;
  void done.finally(() => (finished = true));
  let presses = 0;
  while (!finished) {
    await page.keyboard.press('Shift');
    presses += 1;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await done;
  return presses;
}

/** A column of the printed table: its header and how a row shows in it. */
export type Column<Row> = [header: string, cell: (row: Row) => string | number];

/**
 * The command line `tsx <script> <built site folder> [port]`: serves the site, measures it with `measure`, and
 * prints its rows as a Markdown table between the machine's load before and after. Does nothing without a folder
 * (the script was imported, not run).
 */
export async function runPageBench<Row>(argv: string[], defaultPort: number, measure: (origin: string) => Promise<Row[]>, columns: Column<Row>[]): Promise<void> {
  const [outDir, port = String(defaultPort)] = argv;
  if (!outDir) return;
  const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`load before ${load()}`);
  const server = await startPreview(outDir, Number(port));
  try {
    const rows = await measure(server.origin);
    console.log(`| ${columns.map(([header]) => header).join(' | ')} |`);
    console.log(`| ${columns.map(() => '---').join(' | ')} |`);
    for (const row of rows) console.log(`| ${columns.map(([, cell]) => cell(row)).join(' | ')} |`);
  } finally {
    await server.stop();
  }
  console.log(`load after ${load()}`);
}

/** The bench's report: what it collected, and the tables it prints. */
import type { BuildStep } from '../../build/build-steps';
import { INITIAL_JS_BUDGET, type BundleReport } from './bundle-size';
import type { DiagramResult } from './diagram-bench';
import type { FirstSearch } from './first-search';
import { formatKb, formatNumber, formatTable } from './format-table';
import type { PageWeight } from './page-weight';
import type { ParseResult } from './parse-throughput';
import type { SearchResult } from './search-bench';
import type { RunCost } from './timed-run';
import type { VitePressRun } from './vitepress';
import type { BuildResult } from './vite-build';
import type { WorkerRow } from './worker-scaling';

/** A note page's script budget, gzipped, in bytes (120 kB, issue 13). */
export const NOTE_JS_BUDGET = 120_000;

/** One vault's examflow build, its rebuild after one note changed, and VitePress on the same notes. */
export interface BuildRow extends BuildResult {
  vault: string;
  notes: number;
  /** The 1, 5 and 15 minute load averages when the build ended. */
  load: string;
  bundle: Omit<BundleReport, 'lazy'>;
  rebuild: Pick<RunCost, 'wallMs' | 'cpuMs' | 'peakRssMb'> | null;
  vitepress: VitePressSide | null;
}

/** VitePress on one vault: what it cost, and why it failed when it did. */
export type VitePressSide = VitePressRun & { load: string; vault: string; notes: number };

/** A step of the bench that failed on one vault; the others went on. */
export interface BenchFailure {
  vault: string;
  step: string;
  message: string;
}

type Of<T> = (T & { vault: string })[];

/** Everything one bench run measured. */
export interface BenchReport {
  parses: Of<ParseResult>;
  searches: Of<SearchResult>;
  diagrams: Of<DiagramResult>;
  builds: BuildRow[];
  /** Every VitePress run, also those on vaults examflow failed to build. */
  vitepress: VitePressSide[];
  workers: Of<WorkerRow>;
  pages: Of<PageWeight>;
  firstSearches: Of<FirstSearch>;
  failures: BenchFailure[];
}

const seconds = (ms: number) => `${formatNumber(ms / 1000, 1)} s`;
const megabytes = (mb: number) => `${formatNumber(mb)} MB`;
const section = (title: string, headers: string[], rows: string[][]) => {
  if (rows.length > 0) console.log(`\n${title}\n${formatTable(headers, rows)}`);
};

/** The VitePress columns of a vault's row: its cost, or how it failed and what it had cost by then. */
function vitePressCells(run: VitePressSide | undefined, examflowMs: number | undefined): string[] {
  if (!run) return ['n/a', 'n/a', 'n/a', 'n/a', 'n/a'];
  const cost = [seconds(run.cpuMs), megabytes(run.peakRssMb), run.load];
  if (run.failure) return [`failed after ${seconds(run.wallMs)}: ${run.failure}`, ...cost, 'n/a'];
  return [seconds(run.wallMs), ...cost, examflowMs ? `${formatNumber(run.wallMs / examflowMs, 1)}x` : 'n/a'];
}

/** The build table: one row per vault either tool was run on, failed runs included. */
export function buildTableRows(report: Pick<BenchReport, 'builds' | 'vitepress' | 'failures'>): string[][] {
  const vaults = [...new Set([...report.builds.map((b) => b.vault), ...report.vitepress.map((v) => v.vault)])];
  return vaults.map((vault) => {
    const b = report.builds.find((row) => row.vault === vault);
    const vitepress = report.vitepress.find((run) => run.vault === vault);
    const failed = report.failures.find((f) => f.vault === vault && f.step === 'examflow build');
    const examflow = b
      ? [seconds(b.wallMs), seconds(b.cpuMs), megabytes(b.peakRssMb), b.load]
      : [failed ? `failed: ${failed.message}` : 'n/a', 'n/a', 'n/a', 'n/a'];
    return [vault, formatNumber(b?.notes ?? vitepress?.notes ?? Number.NaN), ...examflow, ...vitePressCells(vitepress, b?.wallMs),
      b?.rebuild ? seconds(b.rebuild.wallMs) : 'n/a'];
  });
}

function printBuilds(report: BenchReport): void {
  const { builds } = report;
  const heap = report.vitepress[0]?.heapMb;
  section(`Build, side by side (wall, CPU = user + system, peak RSS of the largest process; load = 1/5/15-min averages at the end${heap ? `; VitePress with a ${formatNumber(heap)} MB heap` : ''})`,
    ['vault', 'notes', 'examflow', 'CPU', 'peak', 'load', 'VitePress', 'CPU', 'peak', 'load', 'ratio', 'rebuild 1 note'],
    buildTableRows(report));
  section(`The built site; home JS budget ${formatKb(INITIAL_JS_BUDGET)} gzipped`,
    ['vault', 'home JS gz', 'note chunks gz', 'median note gz', 'precache', 'sw.js'],
    builds.map((b) => [b.vault, formatKb(b.bundle.initialGzip), formatKb(b.bundle.notes.gzipTotal), formatKb(b.bundle.notes.gzipMedian),
      formatNumber(b.precacheEntries), formatKb(b.swBytes)]));
  const phaseNames = ['startup', 'modules', 'render', 'emit', 'after'];
  const stepNames = [...new Set(builds.flatMap((b) => b.steps.map((step) => step.name)))];
  const step = (steps: BuildStep[], name: string) => steps.find((s) => s.name === name);
  section('Where the build time goes (modules = the browser bundle\'s loading and transforming; after = server bundle, pre-render and the steps after it, each with the RSS when it ended)',
    ['vault', ...phaseNames, ...stepNames],
    builds.map((b) => [b.vault, ...phaseNames.map((name) => (b.phases ? seconds(b.phases[name] ?? Number.NaN) : 'n/a')),
      ...stepNames.map((name) => { const s = step(b.steps, name); return s ? `${seconds(s.ms)} (${megabytes(s.rssMb)})` : 'n/a'; })]));
  for (const b of builds.filter((row) => row.slowPlugins.length > 0)) console.log(`  ${b.vault}: rolldown reports slow plugins: ${b.slowPlugins.join('; ')}`);
}

/**
 * A page's row against its budget: `within`, `OVER`, blank for a page without one, and `app never started`
 * when the visit ended without the app running (nor waiting for a press), whose script count is then no measure of the page.
 */
export function pageBudgetVerdict(page: Pick<PageWeight, 'path' | 'start' | 'scriptGzip'>): string {
  if (page.start === 'never') return 'app never started';
  const budget = page.path === '/' ? INITIAL_JS_BUDGET : page.path.startsWith('/notes/') ? NOTE_JS_BUDGET : Number.NaN;
  if (Number.isNaN(budget)) return '';
  return page.scriptGzip <= budget ? 'within' : 'OVER';
}

const STARTS: Record<PageWeight['start'], string> = { load: 'at load', intent: 'on a press', never: 'never' };

/** Prints every table of the report that has rows. */
export function printTables(report: BenchReport): void {
  printBuilds(report);
  section('Parse workers vs time (the build\'s parse, no cache; 0 = in process)', ['vault', 'notes', 'workers', 'parse'],
    report.workers.map((w) => [w.vault, formatNumber(w.notes), formatNumber(w.workers), seconds(w.ms)]));
  section(`First visit, all scripts until the network is idle, gzipped (budgets: home ${formatKb(INITIAL_JS_BUDGET)}, note ${formatKb(NOTE_JS_BUDGET)})`,
    ['vault', 'page', 'app starts', 'scripts', 'scripts gz', 'HTML gz', 'requests', 'budget'],
    report.pages.map((p) => [p.vault, decodeURI(p.path), STARTS[p.start], formatNumber(p.scripts), formatKb(p.scriptGzip), formatKb(p.htmlGzip), formatNumber(p.requests), pageBudgetVerdict(p)]));
  const pressed = report.pages.filter((p) => p.firstPress);
  section('A page whose app waits for intent: what its first press (the search button, no hover before it) then fetches, and the time from the press (its times depend on the load)',
    ['vault', 'page', 'scripts', 'scripts gz', 'requests', 'press to app running', 'press to search open', 'load'],
    pressed.map(({ vault, path, firstPress: f }) => [vault, decodeURI(path), formatNumber(f!.scripts), formatKb(f!.scriptGzip), formatNumber(f!.requests),
      `${formatNumber(f!.toAppMs)} ms`, `${formatNumber(f!.toResponseMs)} ms`, f!.load]));
  section('First search (home page, fresh visit: "/" then the query; bytes gzipped)', ['vault', 'query', 'requests', 'fetched gz', 'to first result', 'main thread', 'same query again', 'index: scripts', 'index: tasks', 'results'],
    report.firstSearches.map((s) => [s.vault, s.query, formatNumber(s.requests), formatKb(s.gzipBytes), `${formatNumber(s.ms)} ms`, `${formatNumber(s.mainThreadMs)} ms`,
      `${formatNumber(s.repeatMainThreadMs)} ms`, `${formatNumber(s.index.scriptMs, 1)} ms`,
      `${formatNumber(s.index.taskMs)} ms (${formatNumber(s.index.tasks)})`, formatNumber(s.results)]));
  section('Parse (in process, median of 3 after a warm-up)', ['vault', 'notes', 'MB', 'read', 'parse', 'notes/s'],
    report.parses.map((p) => [p.vault, formatNumber(p.notes), formatNumber(p.megabytes, 1), `${formatNumber(p.readMs)} ms`,
      `${formatNumber(p.parseMs)} ms`, formatNumber(p.notesPerSecond)]));
  section('Search index (build-time minisearch, queried as the browser does)',
    ['vault', 'notes', 'build', 'size', 'gzip', 'load', 'queries', 'median', 'p95', 'no hit'],
    report.searches.map((s) => [s.vault, formatNumber(s.notes), `${formatNumber(s.buildMs)} ms`, formatKb(s.bytes), formatKb(s.gzipBytes),
      `${formatNumber(s.loadMs)} ms`, formatNumber(s.queries), `${formatNumber(s.medianMs, 2)} ms`, `${formatNumber(s.p95Ms, 2)} ms`, formatNumber(s.emptyResults)]));
  const passNames = [...new Set(report.diagrams.flatMap((d) => Object.keys(d.passes)))];
  section('Diagram reader (in process, median of 3 after a warm-up)', ['vault', 'blocks', 'parsed', 'per block', ...passNames],
    report.diagrams.map((d) => [d.vault, formatNumber(d.blocks), formatNumber(d.parsed), `${formatNumber(d.msPerBlock, 3)} ms`,
      ...passNames.map((name) => `${formatNumber(d.passes[name] ?? 0, 3)} ms`)]));
  section('Failed (the bench went on; these steps have no numbers above)', ['vault', 'step', 'why'],
    report.failures.map((f) => [f.vault, f.step, f.message]));
}

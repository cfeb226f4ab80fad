/**
 * What a page's first paint cost its main thread, read from a Chromium trace: the task that painted the page
 * first (its style and layout are what a phone waits through before anything shows) and the font lookups the
 * browser made on the way (each family it lacks costs one per weight, through fontconfig on Linux).
 */
import type { TraceEvent } from './script-time';

/** The trace events this file reads, with the frame and URL arguments they carry. */
export interface PaintTraceEvent extends TraceEvent {
  args?: TraceEvent['args'] & {
    frame?: string;
    data?: { url?: string; frame?: string; documentLoaderURL?: string; isLoadingMainFrame?: boolean };
    beginData?: { url?: string };
  };
}

/** The first paint's work, in milliseconds from the navigation's start (observed, not throttled). */
export interface FirstPaintWork {
  /** When the first contentful paint was reported, or null when the trace holds none. */
  fcpMs: number | null;
  /** The main-thread task holding the first paint of the page's own frame: its whole length, and its layout. */
  taskMs: number;
  layoutMs: number;
  /** Font family matches the renderer asked for, and lookups of a face for a character no listed family has. */
  fontLookups: number;
  fallbackLookups: number;
}

const MATCH = 'FontDataManager::onMatchFamilyStyle';
const FALLBACK = 'FontCache::FallbackFontForCharacter';
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Reads the first paint's work from `events`, or null when the trace holds no navigation with a painted page. */
export function firstPaintWork(events: readonly PaintTraceEvent[]): FirstPaintWork | null {
  const navigation = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame === true && !!e.args.data.documentLoaderURL);
  const frame = navigation?.args?.frame;
  if (!navigation || !frame) return null;
  const onMain = (e: PaintTraceEvent) => e.pid === navigation.pid && e.tid === navigation.tid && e.ts >= navigation.ts;
  // The page's own document begins where the parser first reads it: paints of the frame before that are the
  // blank page's it replaces.
  const parse = events.find((e) => e.name === 'ParseHTML' && onMain(e) && e.args?.beginData?.url === navigation.args?.data?.documentLoaderURL);
  const paint = events
    .filter((e) => e.name === 'Paint' && onMain(e) && !!parse && e.ts > parse.ts && e.args?.data?.frame === frame)
    .sort((a, b) => a.ts - b.ts)[0];
  if (!paint) return null;
  // The outermost task around the paint (Chromium names its top-level tasks either way, by trace category).
  const task = events
    .filter((e) => TASKS.has(e.name) && onMain(e) && e.dur !== undefined && e.ts <= paint.ts && paint.ts < e.ts + e.dur)
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))[0];
  const within = (e: PaintTraceEvent) => !!task && onMain(e) && e.ts >= task.ts && e.ts < task.ts + (task.dur ?? 0);
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.args?.frame === frame);
  const ms = (us: number) => us / 1000;
  return {
    fcpMs: fcp ? ms(fcp.ts - navigation.ts) : null,
    taskMs: ms(task?.dur ?? 0),
    layoutMs: ms(events.filter((e) => e.name === 'Layout' && within(e)).reduce((sum, e) => sum + (e.dur ?? 0), 0)),
    fontLookups: events.filter((e) => e.name === MATCH && e.ts >= navigation.ts).length,
    fallbackLookups: events.filter((e) => e.name === FALLBACK && e.ts >= navigation.ts).length,
  };
}

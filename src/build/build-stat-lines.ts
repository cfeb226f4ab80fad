/**
 * The lines a build writes to stderr with `EXAMFLOW_PARSE_STATS=1`, saying how the vault's parse and its
 * render went (the bench reads the parse line).
 */
import type { ParseStats } from './parse-notes.ts';

/** One line saying how the vault's parse went. */
export function parseStatsLine(stats: ParseStats): string {
  return `EXAMFLOW_PARSE ${JSON.stringify(stats)}`;
}

/** One line saying how the render workers went. */
export function renderStatsLine(stats: { notes: number; inWorkers: number; ms: number }): string {
  return `EXAMFLOW_RENDER ${JSON.stringify(stats)}`;
}

/** One line saying how many notes the build's main thread rendered itself: none when the workers did their job. */
export function renderMainLine(renderedHere: number): string {
  return `EXAMFLOW_RENDER_MAIN ${renderedHere}`;
}

/** One line saying how the search index's files were made: in a worker or on the main thread, and how long it took. */
export function searchStatsLine(stats: { inWorker: boolean; ms: number }): string {
  return `EXAMFLOW_SEARCH ${JSON.stringify({ inWorker: stats.inWorker, ms: Math.round(stats.ms) })}`;
}

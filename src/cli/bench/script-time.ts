/**
 * Main-thread time spent in given scripts, read from a Chromium trace: how long the page compiled, ran and
 * called into the search index's own code, as opposed to drawing the dialog and its results.
 */
import type { CDPSession } from '@playwright/test';

/**
 * The search index's scripts on the page: its head (or the address of it), its parts as chunks, and the code that
 * loads them (load-index, which the first reach for search imports, with the worker's starter in it).
 */
export const SEARCH_LOAD_SCRIPTS = /\/assets\/(search-(index|head|shard|docs|latin)|load-index|worker-engine|lazy-index|search-engine|open-index)-[\w-]+\.js$/;

/** One event of a Chromium trace, as far as this file reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; fileName?: string; data?: { url?: string } };
}

// Events that compile a script or run its code; each names the script's URL.
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.produceModuleCache']);

/** How much of the page's main thread given scripts took, counted two ways. */
export interface ScriptTime {
  /** In events that compile, evaluate or call into the scripts, nested ones once: a lower bound (promise reactions carry no URL in a trace). */
  scriptMs: number;
  /** In the whole tasks those events ran in, with whatever else ran in them (say, React drawing results a message brought): an upper bound. */
  taskMs: number;
  tasks: number;
}

/** The main thread's (CrRendererMain's) time in scripts whose URL matches `scripts`, read from a trace's events. */
export function scriptTime(events: readonly TraceEvent[], scripts: RegExp): ScriptTime {
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
  const spans = onMain
    .filter((e) => SCRIPT_EVENTS.has(e.name) && scripts.test(e.args?.data?.url ?? e.args?.fileName ?? ''))
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const)
    .sort((a, b) => a[0] - b[0]);
  let scriptUs = 0;
  let end = -Infinity;
  for (const [start, stop] of spans) {
    if (stop <= end) continue;
    scriptUs += stop - Math.max(start, end);
    end = stop;
  }
  const tasks = onMain.filter((task) => task.name === 'RunTask' && spans.some(([start]) => start >= task.ts && start < task.ts + (task.dur ?? 0)));
  return { scriptMs: scriptUs / 1000, taskMs: tasks.reduce((sum, task) => sum + (task.dur ?? 0), 0) / 1000, tasks: tasks.length };
}

/** Starts tracing the page's main thread; the returned function stops and resolves with the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

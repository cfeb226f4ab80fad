/** A Vite plugin that reports when each phase of a build starts, so the bench can say where time goes. */
import type { Plugin } from 'vite';

/** The marker the bench looks for in the build's output. */
export const PHASE_MARKER = 'EXAMFLOW_PHASE';

/** Build phases, in order, with the milliseconds since the process started. */
export type PhaseTimes = Record<'buildStart' | 'buildEnd' | 'renderStart' | 'generateBundle' | 'writeBundle', number>;

/** Writes one `EXAMFLOW_PHASE name ms` line to stderr at each phase. */
export function phaseTimer(): Plugin {
  const mark = (phase: keyof PhaseTimes) => () => {
    process.stderr.write(`${PHASE_MARKER} ${phase} ${Math.round(performance.now())}\n`);
  };
  return {
    name: 'examflow-phase-timer',
    apply: 'build',
    buildStart: mark('buildStart'),
    buildEnd: mark('buildEnd'),
    renderStart: mark('renderStart'),
    generateBundle: { order: 'pre', handler: mark('generateBundle') },
    writeBundle: { order: 'post', handler: mark('writeBundle') },
  };
}

/**
 * Reads the phase lines of a build's output and names the spans between them: start-up (config, plugins),
 * modules (loading and transforming every module, which includes parsing the vault and building the search
 * index), render (chunking and minifying), emit (writing files) and after (the service worker's precache
 * manifest and everything else until the process exits at `totalMs`).
 */
export function phaseSpans(output: string, totalMs: number): Record<string, number> | null {
  const times: Partial<PhaseTimes> = {};
  for (const match of output.matchAll(new RegExp(`${PHASE_MARKER} (\\w+) (\\d+)`, 'g'))) {
    times[match[1] as keyof PhaseTimes] ??= Number(match[2]);
  }
  const { buildStart, buildEnd, renderStart, generateBundle, writeBundle } = times;
  if ([buildStart, buildEnd, renderStart, generateBundle, writeBundle].some((t) => t === undefined)) return null;
  return {
    startup: buildStart!,
    modules: buildEnd! - buildStart!,
    render: generateBundle! - renderStart!,
    emit: writeBundle! - generateBundle!,
    after: totalMs - writeBundle!,
  };
}

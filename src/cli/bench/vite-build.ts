/** Times a production build of a vault in a child process and reads its peak memory. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readBuildSteps, type BuildStep } from '../../build/build-steps';
import { phaseSpans } from './phase-timer';
import { runTimed, type RunCost } from './timed-run';

/** What one `vite build` cost. */
export interface BuildResult extends RunCost {
  /** The plugin-timing lines rolldown prints when a plugin dominates the build. */
  slowPlugins: string[];
  swBytes: number;
  precacheEntries: number;
  /** Milliseconds per build phase (see phaseSpans), when the build ran with the phase timer. */
  phases: Record<string, number> | null;
  /** The timed steps of the site's last stage (CSP, service worker, move), with the memory in use after each. */
  steps: BuildStep[];
}

/**
 * A Vite config that is the repository's config plus the phase timer. It must be written inside the
 * repository (the bench uses the git-ignored bench-results/): from a folder outside it, Vite bundles the
 * config's packages differently and the remark plugins arrive empty.
 */
export function timedConfigSource(repoRoot: string): string {
  const config = JSON.stringify(path.join(repoRoot, 'vite.config.ts'));
  const timer = JSON.stringify(path.join(repoRoot, 'src/cli/bench/phase-timer.ts'));
  return [
    `import config from ${config};`,
    `import { phaseTimer } from ${timer};`,
    // The repository's config is a function of the command (build or preview); the timer joins its plugins.
    'export default (env) => {',
    '  const resolved = typeof config === "function" ? config(env) : config;',
    '  return { ...resolved, plugins: [...(resolved.plugins ?? []), phaseTimer()] };',
    '};',
    '',
  ].join('\n');
}

/**
 * Builds the app for `contentDir` into `outDir` as `npm run build` does (src/cli/build.mjs: Vite's build with the
 * allocator settings it needs), with the repository's config (or `configFile`); `env` adds settings such as EXAMFLOW_WORKERS.
 */
export async function measureViteBuild(contentDir: string, outDir: string, configFile?: string, env: NodeJS.ProcessEnv = {}): Promise<BuildResult> {
  const args = [path.resolve('src/cli/build.mjs'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...(configFile ? ['--config', configFile] : [])];
  const run = await runTimed(process.execPath, args, { env: { EXAMFLOW_CONTENT: contentDir, NODE_ENV: 'production', EXAMFLOW_BUILD_STEPS: '1', ...env } });
  if (run.code !== 0) throw new Error(`vite build of ${contentDir} failed (exit ${run.code}):\n${run.stderr.slice(-3000)}`);
  const sw = await readFile(path.join(outDir, 'sw.js'), 'utf8');
  return {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    peakRssMb: run.peakRssMb,
    rssSource: run.rssSource,
    slowPlugins: run.stderr.split('\n').filter((line) => /\(\d+ calls?\)/.test(line)).map((line) => line.trim()),
    swBytes: (await stat(path.join(outDir, 'sw.js'))).size,
    precacheEntries: (sw.match(/\{url:/g) ?? []).length,
    phases: phaseSpans(run.stderr, run.wallMs),
    steps: readBuildSteps(run.stderr),
  };
}

/** Times a production build of a vault in a child process and reads its peak memory. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { phaseSpans } from './phase-timer';

/** What one `vite build` cost. */
export interface BuildResult {
  wallMs: number;
  /** Peak resident memory of the build process, in megabytes (NaN when it could not be read). */
  peakRssMb: number;
  /** How the peak was read: GNU time's ru_maxrss, or polling /proc. */
  rssSource: 'time -v' | 'proc' | 'none';
  /** The plugin-timing lines rolldown prints when a plugin dominates the build. */
  slowPlugins: string[];
  swBytes: number;
  precacheEntries: number;
  /** Milliseconds per build phase (see phaseSpans), when the build ran with the phase timer. */
  phases: Record<string, number> | null;
}

const TIME = '/usr/bin/time';

/** Reads "Maximum resident set size (kbytes): N" from GNU time's verbose report, in megabytes. */
export function peakRssFromTimeReport(report: string): number {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Reads VmHWM (the peak resident set so far) from /proc/<pid>/status, in megabytes. */
function peakRssFromProc(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then(
    (status) => Number(/VmHWM:\s*(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024,
    () => Number.NaN,
  );
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
    'export default { ...config, plugins: [...(config.plugins ?? []), phaseTimer()] };',
    '',
  ].join('\n');
}

/** Builds the app for `contentDir` into `outDir` with the repository's own Vite and config (or `configFile`). */
export async function measureViteBuild(contentDir: string, outDir: string, configFile?: string): Promise<BuildResult> {
  const vite = path.resolve('node_modules/.bin/vite');
  const args = ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...(configFile ? ['--config', configFile] : [])];
  const useTime = existsSync(TIME);
  const [command, commandArgs] = useTime ? [TIME, ['-v', vite, ...args]] : [vite, args];
  const start = performance.now();
  const child = spawn(command, commandArgs, {
    env: { ...process.env, EXAMFLOW_CONTENT: contentDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let polledPeak = Number.NaN;
  child.stdout.resume();
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const poll = setInterval(() => {
    if (useTime || !child.pid) return;
    void peakRssFromProc(child.pid).then((mb) => {
      if (!Number.isNaN(mb)) polledPeak = Number.isNaN(polledPeak) ? mb : Math.max(polledPeak, mb);
    });
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const wallMs = performance.now() - start;
  if (code !== 0) throw new Error(`vite build of ${contentDir} failed (exit ${code}):\n${stderr.slice(-3000)}`);

  const sw = await readFile(path.join(outDir, 'sw.js'), 'utf8');
  const peakRssMb = useTime ? peakRssFromTimeReport(stderr) : polledPeak;
  return {
    wallMs,
    peakRssMb,
    rssSource: useTime ? 'time -v' : Number.isNaN(polledPeak) ? 'none' : 'proc',
    slowPlugins: stderr.split('\n').filter((line) => /\(\d+ calls?\)/.test(line)).map((line) => line.trim()),
    swBytes: (await stat(path.join(outDir, 'sw.js'))).size,
    precacheEntries: (sw.match(/\{url:/g) ?? []).length,
    phases: phaseSpans(stderr, wallMs),
  };
}

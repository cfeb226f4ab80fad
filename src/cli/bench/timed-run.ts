/** Runs a child process under GNU time and reads what it cost: wall time, CPU time and peak memory. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** What one child process cost. CPU is user + system time of it and every child it waited for. */
export interface RunCost {
  wallMs: number;
  /** NaN when GNU time is absent. */
  cpuMs: number;
  /** Peak resident memory of the largest process of the run, in megabytes (NaN when it could not be read). */
  peakRssMb: number;
  /** How the peak was read: GNU time's ru_maxrss, or polling /proc. */
  rssSource: 'time -v' | 'proc' | 'none';
}

/** A finished run: its cost and its output. */
export interface TimedRun extends RunCost {
  code: number | null;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/** Reads "Maximum resident set size (kbytes): N" from GNU time's verbose report, in megabytes. */
export function peakRssFromTimeReport(report: string): number {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** Reads user + system seconds from GNU time's verbose report, in milliseconds. */
export function cpuMsFromTimeReport(report: string): number {
  const user = /User time \(seconds\):\s*([\d.]+)/.exec(report);
  const system = /System time \(seconds\):\s*([\d.]+)/.exec(report);
  return user && system ? (Number(user[1]) + Number(system[1])) * 1000 : Number.NaN;
}

/** Reads VmHWM (the peak resident set so far) from /proc/<pid>/status, in megabytes. */
function peakRssFromProc(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, 'utf8').then(
    (status) => Number(/VmHWM:\s*(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024,
    () => Number.NaN,
  );
}

/** Runs `command` with `args` in `cwd` with extra `env`, under `/usr/bin/time -v` when it is there. */
export async function runTimed(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<TimedRun> {
  const useTime = existsSync(TIME);
  const [file, fileArgs] = useTime ? [TIME, ['-v', command, ...args]] : [command, [...args]];
  const start = performance.now();
  const child = spawn(file, fileArgs, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let polledPeak = Number.NaN;
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Without GNU time only the direct child can be watched; its own children go uncounted.
  const poll = setInterval(() => {
    if (useTime || !child.pid) return;
    void peakRssFromProc(child.pid).then((mb) => {
      if (!Number.isNaN(mb)) polledPeak = Number.isNaN(polledPeak) ? mb : Math.max(polledPeak, mb);
    });
  }, 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  return {
    code,
    stdout,
    stderr,
    wallMs: performance.now() - start,
    cpuMs: useTime ? cpuMsFromTimeReport(stderr) : Number.NaN,
    peakRssMb: useTime ? peakRssFromTimeReport(stderr) : polledPeak,
    rssSource: useTime ? 'time -v' : Number.isNaN(polledPeak) ? 'none' : 'proc',
  };
}

/**
 * How the pre-render's paths are shared between threads. React Router pre-renders on the build's main thread
 * only, one path after another: at 5,000 notes that was half the build, with the second core idle. Share 0 is
 * React Router's own (its `prerender.paths`); each other share is pre-rendered by a worker thread at the same
 * time (src/build/prerender-plugin.ts).
 */
import os from 'node:os';

/** Pages each thread has in flight (React Router's `prerender.concurrency`): it overlaps file writes, never CPU. */
export const PRERENDER_CONCURRENCY = 4;

/** The most threads worth starting: each loads the whole server bundle and its packages. */
const MAX_THREADS = 4;

/**
 * How many threads pre-render: `EXAMFLOW_PRERENDER_THREADS` when set (1 keeps everything on React Router's
 * thread), else one per core up to four.
 */
export function prerenderThreads(setting: string | undefined, cores = os.availableParallelism()): number {
  const asked = setting === undefined || setting === '' ? Number.NaN : Number(setting);
  if (Number.isInteger(asked) && asked >= 1) return asked;
  return Math.max(1, Math.min(cores, MAX_THREADS));
}

/**
 * The kind of route a path reaches, as far as the path tells: its first segment and its depth (`/notes/a` and
 * `/notes/b` are one kind, `/notes` another, `/tags/a/b` a third).
 */
function pathKind(pagePath: string): string {
  const segments = pagePath.split('/').filter(Boolean);
  return `${segments[0] ?? ''}/${segments.length}`;
}

/**
 * How much of a worker's load React Router's own thread takes: it pre-rendered a page in ~1.2–1.3 times a worker's
 * time, as it also carries the build's large heap and React Router's logging. At 0.75 it finished 2.7 s (stop 29)
 * and 4.0 s (a profile of stop 30) before the worker on quiet 5,000-note builds, and waited: balanced from both,
 * 0.80–0.84.
 */
export const MAIN_THREAD_WEIGHT = 0.8;

/**
 * `paths` dealt into `threads` shares in proportion to each thread's speed (share 0, React Router's, at
 * MAIN_THREAD_WEIGHT). Each path goes to the share that is least loaded for its weight, except the first path
 * of each kind, which goes to share 0: with `ssr: false` React Router refuses to build a route with a loader
 * that none of its paths reaches. Neighbouring paths (often notes of one folder, of like size) go to different
 * threads, which evens out the work.
 */
export function prerenderShares(paths: readonly string[], threads: number, mainWeight = MAIN_THREAD_WEIGHT): string[][] {
  const count = Math.max(1, Math.min(Math.floor(threads), paths.length));
  const shares: string[][] = Array.from({ length: count }, () => []);
  const weight = (share: number) => (share === 0 ? mainWeight : 1);
  const kinds = new Set<string>();
  for (const pagePath of paths) {
    const kind = pathKind(pagePath);
    let target = 0;
    if (kinds.has(kind)) {
      for (let share = 1; share < count; share++) {
        if ((shares[share]!.length + 1) / weight(share) < (shares[target]!.length + 1) / weight(target)) target = share;
      }
    }
    kinds.add(kind);
    shares[target]!.push(pagePath);
  }
  return shares;
}

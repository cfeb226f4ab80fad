/**
 * How the pre-render's paths are shared between threads. React Router pre-renders on the build's main thread
 * only, one path after another: at 5,000 notes that was half the build, with the second core idle. Share 0 is
 * React Router's own (its `prerender.paths`), as few pages as it accepts; each other share is pre-rendered by a
 * worker thread at the same time (src/build/prerender-plugin.ts).
 */
import os from 'node:os';

/** Pages each thread has in flight (React Router's `prerender.concurrency`): it overlaps file writes, never CPU. */
export const PRERENDER_CONCURRENCY = 4;

/** The most threads worth starting: each loads the whole server bundle and its packages. */
const MAX_THREADS = 4;

/**
 * How many worker threads pre-render: `EXAMFLOW_PRERENDER_THREADS` when set (1 keeps everything on React Router's
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
 * `paths` dealt between React Router's thread (share 0) and `threads` worker threads (shares 1 to `threads`).
 * React Router's share is the first path of each kind only: with `ssr: false` it refuses to build a route with a
 * loader that none of its paths reaches. Everything else goes to the workers, in turn, so neighbouring paths (often
 * notes of one folder, of like size) go to different threads, which evens out the work. React Router's own
 * pre-render on the build's main thread ran each page's loaders twice (their data sent back in a header and decoded
 * again) on the build's large heap: a page cost it 1.2–1.3 times a worker's time. One thread (`threads` 1) keeps
 * every path on React Router's.
 */
export function prerenderShares(paths: readonly string[], threads: number): string[][] {
  const workers = Math.floor(threads);
  if (!(workers > 1)) return [[...paths]];
  const shares: string[][] = Array.from({ length: workers + 1 }, () => []);
  const kinds = new Set<string>();
  let next = 0;
  for (const pagePath of paths) {
    const kind = pathKind(pagePath);
    if (kinds.has(kind)) {
      shares[1 + next]!.push(pagePath);
      next = (next + 1) % workers;
    } else {
      kinds.add(kind);
      shares[0]!.push(pagePath);
    }
  }
  // A worker with no path is not started.
  return shares.filter((share, index) => index === 0 || share.length > 0);
}

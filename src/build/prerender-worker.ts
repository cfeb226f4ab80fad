/**
 * The entry of a pre-render worker thread (bundled to plain JavaScript like the parse worker, because a worker
 * cannot load TypeScript): it loads the built server bundle and pre-renders its share of the paths while React
 * Router pre-renders the rest on the build's main thread (src/build/prerender-plugin.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { createRequestHandler, type ServerBuild } from 'react-router';
import { withLoadersOnce } from './loader-reuse.ts';
import { prerenderPages } from './prerender-pages.ts';
import type { WrittenFiles } from './written-files.ts';

/** What the main thread hands a worker. */
export interface PrerenderJob {
  /** The server bundle's entry file. */
  serverBuild: string;
  /** The folder React Router writes the site to. */
  clientDir: string;
  paths: string[];
  concurrency: number;
}

/** Loads the server bundle and pre-renders `job.paths`; gives what it learnt of the files it wrote. */
export async function runPrerenderJob(job: PrerenderJob): Promise<WrittenFiles> {
  // React Router's server code behaves as in its own pre-render (its vite plugin sets this on the main thread).
  process.env.IS_RR_BUILD_REQUEST = 'yes';
  const build = (await import(/* @vite-ignore */ pathToFileURL(job.serverBuild).href)) as ServerBuild;
  // With `ssr: false` the handler answers only the paths the bundle lists, which are React Router's share:
  // this thread's own paths are listed for its handler.
  // Each page's loaders run once, for its data request, and their values go on to its HTML request (loader-reuse.ts).
  const handler = createRequestHandler({ ...build, routes: withLoadersOnce(build.routes), prerender: job.paths }, 'production');
  return prerenderPages((request) => handler(request), build, job.clientDir, job.paths, job.concurrency);
}

if (parentPort && workerData) {
  const port = parentPort;
  runPrerenderJob(workerData as PrerenderJob).then(
    (written) => port.postMessage({ written }),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}

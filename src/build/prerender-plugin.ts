/**
 * Pre-rendering on every core. React Router pre-renders its share of the paths (share 0 of
 * src/build/prerender-shares.ts, its `prerender.paths`: one page of each kind, which it needs) on the build's main
 * thread; as soon as the server bundle is written, this plugin starts one worker thread per other share, which
 * loads that bundle and pre-renders the same way (src/build/prerender-pages.ts). The build's last stage waits for
 * them (`finished`) before it finishes the site. A worker that fails leaves its share to the main thread, which
 * pre-renders it after React Router's: a page is never missing.
 */
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Plugin } from 'vite';
import { CLIENT_BUILD, REACT_ROUTER_BUILD } from './build-folder.ts';
import { timeStep } from './build-steps.ts';
import { parserFingerprint } from './parse-cache.ts';
import { bundleWorker } from './parse-pool.ts';
import { PRERENDER_CONCURRENCY } from './prerender-shares.ts';
import { runPrerenderJob, type PrerenderJob } from './prerender-worker.ts';
import { mergeWrittenFiles, noWrittenFiles, type WrittenFiles } from './written-files.ts';

const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));

/** What the plugin offers the build's last stage (src/build/finish-site.ts). */
export interface PrerenderApi {
  /**
   * Resolves once every worker's pages are written, with what the workers learnt of the files they wrote (React
   * Router's own share is not in it); rejects with the reason a page could not be.
   */
  finished: () => Promise<WrittenFiles>;
}

/** The name finish-site.ts finds the plugin by. */
export const PRERENDER_PLUGIN = 'examflow-prerender';

/** The young generation of a pre-render worker's heap, in MB (as the render worker's, src/build/render-pool.ts). */
export const PRERENDER_YOUNG_GENERATION_MB = 12;


/** What a worker posts when it is done: what it wrote (a structured clone keeps its Map and Set), or why it failed. */
type WorkerAnswer = { written?: WrittenFiles; error?: string };

/** Runs one job in a worker thread running `workerFile`; resolves with what it wrote. */
function inWorker(workerFile: string, job: PrerenderJob): Promise<WrittenFiles> {
  return new Promise((resolve, reject) => {
    // A small young generation: a page's render makes short-lived garbage only, and V8's default let each worker's
    // heap hold tens of MB more of it at once, with two workers now beside the build's main thread.
    const worker = new Worker(workerFile, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: PRERENDER_YOUNG_GENERATION_MB } });
    let settled = false;
    worker.once('message', (message: WorkerAnswer) => {
      settled = true;
      void worker.terminate();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.written ?? noWrittenFiles());
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the pre-render worker stopped (exit code ${code}) before it finished`));
    });
  });
}

/** The server bundle's entry file among the files a build wrote. */
export function serverEntry(bundle: Record<string, { type: string; isEntry?: boolean; facadeModuleId?: string | null; fileName: string }>): string | undefined {
  const entries = Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry);
  return (entries.find((file) => file.facadeModuleId?.includes('server-build')) ?? entries[0])?.fileName;
}

/** The plugin. `shares` gives the pre-render's shares: React Router's config takes share 0 of the same. */
export function examflowPrerender(options: { shares: () => Promise<string[][]> }): Plugin {
  let running: Promise<WrittenFiles> = Promise.resolve(noWrittenFiles());
  const api: PrerenderApi = { finished: () => running };
  return {
    name: PRERENDER_PLUGIN,
    apply: 'build',
    api,
    writeBundle: {
      order: 'pre',
      async handler(output, bundle) {
        if (this.environment.config.consumer !== 'server') return;
        const entry = serverEntry(bundle);
        const dir = output.dir;
        if (!entry || !dir) return;
        const others = (await options.shares()).slice(1).filter((share) => share.length > 0);
        if (others.length === 0) return;
        // React Router deletes the server bundle (ssr: false) as soon as its own share is done, while a worker may
        // still import a chunk the bundle loads lazily: the workers read a copy, removed once they are done.
        const copy = path.join(REACT_ROUTER_BUILD, 'prerender-server');
        await rm(copy, { recursive: true, force: true });
        await cp(dir, copy, { recursive: true });
        const serverBuild = path.join(copy, entry);
        const cacheDir = path.join(this.environment.config.root, 'node_modules', '.cache', 'examflow');
        const fingerprint = await parserFingerprint(SRC_DIR, path.join(SRC_DIR, '..', 'package-lock.json'));
        const workerFile = path.join(cacheDir, `prerender-worker-${fingerprint}.mjs`);
        const jobs = others.map((paths) => ({ serverBuild, clientDir: CLIENT_BUILD, paths, concurrency: PRERENDER_CONCURRENCY }));
        const warn = (message: string) => this.environment.logger.warn(message);
        const onMainThread = (job: PrerenderJob) => (error: unknown) => {
          warn(`examflow: a pre-render worker failed (${error instanceof Error ? error.message : String(error)}); its ${job.paths.length} pages are pre-rendered on the main thread`);
          return runPrerenderJob(job);
        };
        // Started, not awaited: React Router's pre-render runs on this thread meanwhile.
        const bundled = bundleWorker(path.join(SRC_DIR, 'build', 'prerender-worker.ts'), workerFile);
        // Timed for the bench from the server bundle's writing: against React Router's share, it shows which thread waited.
        running = timeStep('prerender-threads', () => Promise.all(jobs.map((job) => bundled.then(() => inWorker(workerFile, job)).catch(onMainThread(job)))))
          .finally(() => rm(copy, { recursive: true, force: true }))
          .then(mergeWrittenFiles);
        // Kept from being an unhandled rejection until `finished` is awaited.
        running.catch(() => undefined);
      },
    },
  };
}

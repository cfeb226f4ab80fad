/**
 * Builds the search index's files in a worker thread while the build goes on. On the main thread, indexing
 * 5,000 notes (minisearch, then packing and cutting into files) was one synchronous stretch of seconds right
 * after the parse, while the bundler waited and the render worker, whose answers the main thread takes, ran
 * out of work. A worker that fails leaves the index to this thread, built as before.
 */
import { Worker } from 'node:worker_threads';
import { indexSearchDocuments } from '../search/build-index.ts';
import type { SearchDocument } from '../search/search-options.ts';
import { searchAssets, type SearchAssets } from './search-assets.ts';

/** The search files, and whether a worker made them. */
export interface IndexedSearch {
  assets: SearchAssets;
  inWorker: boolean;
  ms: number;
}

/** Runs `workerFile` (a promise while it is being bundled) on `documents` once; rejects when the worker fails. */
function inWorker(documents: readonly SearchDocument[], workerFile: Promise<string>): Promise<SearchAssets> {
  return workerFile.then(
    (file) =>
      new Promise<SearchAssets>((resolve, reject) => {
        const worker = new Worker(file, { workerData: documents });
        worker.once('message', (assets: SearchAssets) => {
          resolve(assets);
          void worker.terminate();
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the search worker stopped (exit code ${code}) before it answered`)));
      }),
  );
}

/** The search files of `documents`, made by a worker running `workerFile`, or on this thread when it fails. */
export async function indexInWorker(documents: readonly SearchDocument[], workerFile: Promise<string>): Promise<IndexedSearch> {
  const start = performance.now();
  try {
    return { assets: await inWorker(documents, workerFile), inWorker: true, ms: performance.now() - start };
  } catch {
    return { assets: searchAssets(indexSearchDocuments(documents)), inWorker: false, ms: performance.now() - start };
  }
}

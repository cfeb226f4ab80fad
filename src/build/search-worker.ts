/**
 * The entry of the search worker thread (bundled to plain JavaScript like the render worker): it indexes the
 * search documents it was started with and cuts the index into its files (src/build/search-pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { indexSearchDocuments } from '../search/build-index.ts';
import type { SearchDocument } from '../search/search-options.ts';
import { searchAssets } from './search-assets.ts';

parentPort?.postMessage(searchAssets(indexSearchDocuments(workerData as SearchDocument[])));

/**
 * A build worker's entry (src/build/render-worker.ts, src/build/search-worker.ts) as one JavaScript file a worker
 * thread can run, bundled beside the parse worker and named by the same fingerprint of the code.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parserFingerprint } from './parse-cache.ts';
import { bundleWorker } from './parse-pool.ts';

// The app's src folder: the fingerprint and the workers' sources are read from it.
const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the worker entry src/build/`entry`.ts into `cacheDir` (once per fingerprint of the code) and gives its file. */
export async function workerFile(cacheDir: string, entry: 'render-worker' | 'search-worker'): Promise<string> {
  const fingerprint = await parserFingerprint(SRC_DIR, path.join(SRC_DIR, '..', 'package-lock.json'));
  const file = path.join(cacheDir, `${entry}-${fingerprint}.mjs`);
  await bundleWorker(path.join(SRC_DIR, 'build', `${entry}.ts`), file);
  return file;
}

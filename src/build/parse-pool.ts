/**
 * How many worker threads a build uses and how their code is made: a worker cannot load TypeScript, so a
 * worker's entry is first bundled to one JavaScript file (packages left as imports), kept beside the parse cache.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'rolldown';

/** Below this many notes to parse, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 150;

/** How many workers to use: `EXAMFLOW_WORKERS` when set (0 or 1 parses in process), else one per core. */
export function workerCount(setting: string | undefined, cores = os.availableParallelism()): number {
  const asked = setting === undefined || setting === '' ? Number.NaN : Number(setting);
  if (Number.isInteger(asked) && asked >= 0) return asked;
  return Math.max(1, Math.min(cores, 8));
}

/** Bundles the worker entry `source` into `outFile` unless it is there already (its name carries the fingerprint). */
export async function bundleWorker(source: string, outFile: string): Promise<void> {
  if (existsSync(outFile)) return;
  await mkdir(path.dirname(outFile), { recursive: true });
  const partial = `${outFile}.${process.pid}.tmp.mjs`;
  await build({
    input: source,
    platform: 'node',
    // Packages stay imports, found from the cache folder's node_modules like any other module.
    external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
    output: { file: partial, format: 'esm' },
    logLevel: 'silent',
  });
  // Renamed into place whole, so a concurrent build never loads a half-written bundle.
  await rename(partial, outFile);
}

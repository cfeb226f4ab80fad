/**
 * Parses notes in worker threads across the cores. A worker cannot load TypeScript, so the worker's
 * entry is first bundled to one JavaScript file (packages left as imports), kept beside the parse cache.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import Tinypool from 'tinypool';
import type { PlannedNote } from '../content/parse-vault.ts';
import type { ParsedNote } from './parse-task.ts';
import type { ParseBatch } from './parse-worker.ts';

/** Notes per message to a worker: enough to make messages rare, few enough to share the work evenly. */
export const BATCH_SIZE = 20;

/** Below this many notes to parse, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 150;

/** How many workers to use: `EXAMFLOW_WORKERS` when set (0 or 1 parses in process), else one per core. */
export function workerCount(setting: string | undefined, cores = os.availableParallelism()): number {
  const asked = setting === undefined || setting === '' ? Number.NaN : Number(setting);
  if (Number.isInteger(asked) && asked >= 0) return asked;
  return Math.max(1, Math.min(cores, 8));
}

/** Splits `items` into consecutive runs of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
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

/**
 * Parses the notes with `threads` workers running the bundled `workerFile`, keeping their order; with
 * `cacheFiles` (one per entry, in a folder that exists) each worker writes the notes it parsed there.
 */
export async function parseInWorkers(entries: readonly PlannedNote[], workerFile: string, threads: number, cacheFiles?: readonly string[]): Promise<ParsedNote[]> {
  const pool = new Tinypool({ filename: pathToFileURL(workerFile).href, minThreads: threads, maxThreads: threads });
  try {
    const tasks = batches(entries, BATCH_SIZE).map((batch, n): ParseBatch => {
      const files = cacheFiles?.slice(n * BATCH_SIZE, n * BATCH_SIZE + batch.length);
      return files ? { entries: batch, cacheFiles: files } : { entries: batch };
    });
    const results = await Promise.all(tasks.map((task) => pool.run(task) as Promise<ParsedNote[]>));
    return results.flat();
  } finally {
    await pool.destroy();
  }
}

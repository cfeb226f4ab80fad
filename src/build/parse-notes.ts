/**
 * A vault's parse at build time: notes the cache holds come from disk, the rest are parsed in worker
 * threads (or in process when they are few), then the vault-wide pass (slug clashes, unique ids) runs.
 */
import path from 'node:path';
import { finishVault, planVault, type PlannedNote, type VaultFile } from '../content/parse-vault.ts';
import { noteKey, openParseCache, parserFingerprint } from './parse-cache.ts';
import { bundleWorker, parseInWorkers, WORKER_THRESHOLD, workerCount } from './parse-pool.ts';
import { parseNoteBatch, type ParsedNote } from './parse-task.ts';
import { mapLimit } from '../content/map-limit.ts';

/** Cache files written at once when the notes were parsed in process (each one's JSON made as it is written). */
const CACHE_WRITES = 16;

/** Where and how `parseNotes` works. */
export interface ParseNotesOptions {
  vaultDir: string;
  /** The app's `src` folder: the parser's fingerprint and the worker's source are read from it. */
  srcDir: string;
  /** The folder for the parse cache and the bundled worker; it must sit inside the project (its packages resolve from there). */
  cacheDir: string;
  /** Keep parsed notes between builds. */
  cacheNotes: boolean;
  /** Worker threads for a large parse; 0 or 1 parses in process. */
  workers: number;
  /** The fewest notes to parse that are worth starting workers for (default `WORKER_THRESHOLD`). */
  minForWorkers?: number;
  /** Told when the workers fail and the notes are parsed in process instead. */
  warn?: (message: string) => void;
}

/**
 * The options of a build's parse: the cache in the project's node_modules/.cache/examflow,
 * EXAMFLOW_CACHE=off to parse every note afresh, EXAMFLOW_WORKERS for the number of parse threads.
 */
export function buildParseOptions(vaultDir: string, srcDir: string, root: string, warn?: (message: string) => void): ParseNotesOptions {
  return {
    vaultDir,
    srcDir,
    cacheDir: path.join(root, 'node_modules', '.cache', 'examflow'),
    cacheNotes: process.env.EXAMFLOW_CACHE !== 'off',
    workers: workerCount(process.env.EXAMFLOW_WORKERS),
    ...(warn ? { warn } : {}),
  };
}

/** How a parse went, for the build's log and the bench. */
export interface ParseStats {
  notes: number;
  fromCache: number;
  workers: number;
  ms: number;
}

/** The vault's notes in path order, each parsed with its diagrams and search document, plus what it cost. */
export interface ParsedVault {
  plan: PlannedNote[];
  parsed: ParsedNote[];
  stats: ParseStats;
}

/**
 * Parses `entries` afresh; with `cacheFiles` (one per entry) the workers also write each to its cache file
 * (`cached` says they did; parsed in process, the caller writes them).
 */
async function parseFresh(
  entries: PlannedNote[],
  options: ParseNotesOptions,
  fingerprint: string,
  cacheFiles?: () => Promise<string[]>,
): Promise<{ parsed: ParsedNote[]; workers: number; cached: boolean }> {
  const threads = entries.length >= (options.minForWorkers ?? WORKER_THRESHOLD) ? options.workers : 0;
  if (threads <= 1) return { parsed: parseNoteBatch(entries), workers: 0, cached: false };
  try {
    const workerFile = path.join(options.cacheDir, `parse-worker-${fingerprint}.mjs`);
    await bundleWorker(path.join(options.srcDir, 'build', 'parse-worker.ts'), workerFile);
    const files = await cacheFiles?.();
    return { parsed: await parseInWorkers(entries, workerFile, threads, files), workers: threads, cached: files !== undefined };
  } catch (error) {
    options.warn?.(`examflow: parsing in worker threads failed (${error instanceof Error ? error.message : String(error)}); parsing in process`);
    return { parsed: parseNoteBatch(entries), workers: 0, cached: false };
  }
}

/** Parses a vault's files, reusing the cache and the cores; the result is finished (clashes and ids) and in path order. */
export async function parseNotes(files: readonly VaultFile[], options: ParseNotesOptions): Promise<ParsedVault> {
  const start = performance.now();
  const plan = planVault(files);
  const fingerprint = await parserFingerprint(options.srcDir, path.join(options.srcDir, '..', 'package-lock.json'));
  const cache = options.cacheNotes ? openParseCache(options.cacheDir, options.vaultDir, fingerprint) : null;
  const keys = plan.map(noteKey);
  const found: (ParsedNote | null)[] = cache ? await Promise.all(keys.map((key) => cache.get(key))) : plan.map(() => null);
  const missing = plan.flatMap((_, index) => (found[index] ? [] : [index]));
  const missingKeys = missing.map((index) => keys[index] as string);
  const cacheFiles = cache ? () => Promise.all(missingKeys.map((key) => cache.fileOf(key))) : undefined;
  const fresh = await parseFresh(missing.map((index) => plan[index] as PlannedNote), options, fingerprint, cacheFiles);
  missing.forEach((index, i) => (found[index] = fresh.parsed[i] ?? null));
  // Written before finishVault changes the notes: the cache holds each note as parsed alone (by the workers, when they parsed).
  if (cache) {
    if (!fresh.cached) {
      const entries = missingKeys.map((key, i) => ({ key, note: fresh.parsed[i] as ParsedNote }));
      await mapLimit(entries, CACHE_WRITES, ({ key, note }) => cache.set(key, note));
    }
    await cache.prune(new Set(keys));
  }
  const parsed = found as ParsedNote[];
  finishVault(plan, parsed.map((entry) => entry.analysis));
  return {
    plan,
    parsed,
    stats: { notes: plan.length, fromCache: plan.length - missing.length, workers: fresh.workers, ms: performance.now() - start },
  };
}

/**
 * Parsed notes kept on disk by content hash, so a rebuild after one note changes parses that note only.
 * An entry's key covers the note's path, slug and text; the folder it sits in is named by a fingerprint
 * of the parser's code, so changing the parser (or its packages) starts a fresh cache.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PlannedNote } from '../content/parse-vault.ts';
import type { ParsedNote } from './parse-task.ts';

/** The hex SHA-256 of the given strings, each ended by a NUL so that ("ab","c") and ("a","bc") differ. */
export function hashOf(...parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** The cache key of a note: whatever the parse of one note depends on besides the parser's code. */
export function noteKey(entry: PlannedNote): string {
  return hashOf(entry.file, entry.slug, entry.markdown).slice(0, 40);
}

// The folders whose code the parse of one note runs (see parse-task.ts and what it imports).
const PARSER_FOLDERS = ['content', 'diagram', 'search', 'build'];

/** Every non-test TypeScript file below `dir`, sorted, as paths relative to it. */
async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** A hash of the parser's source (`srcDir`'s parsing folders) and of the installed packages (`lockFile`). */
export async function parserFingerprint(srcDir: string, lockFile: string): Promise<string> {
  const parts: string[] = [await readFile(lockFile, 'utf8').catch(() => '')];
  for (const folder of PARSER_FOLDERS) {
    const dir = path.join(srcDir, folder);
    for (const file of await sourceFiles(dir)) parts.push(`${folder}/${file}`, await readFile(path.join(dir, file), 'utf8'));
  }
  return hashOf(...parts).slice(0, 16);
}

/** The text of a cache entry: what `get` reads back (a parse worker writes its notes' entries with it too). */
export function cacheEntryText(value: ParsedNote): string {
  return JSON.stringify(value);
}

/** Parsed notes of one vault under one parser fingerprint, one JSON file per note. */
export interface ParseCache {
  get: (key: string) => Promise<ParsedNote | null>;
  set: (key: string, value: ParsedNote) => Promise<void>;
  /** The file `key`'s entry is kept in, its folder made: a parse worker writes it there itself (src/build/parse-worker.ts). */
  fileOf: (key: string) => Promise<string>;
  /** Removes this vault's entries not in `keep` and the folders of other parser fingerprints. */
  prune: (keep: ReadonlySet<string>) => Promise<void>;
}

/** Opens the cache of the vault at `vaultDir` below `root` for the parser of `fingerprint`. */
export function openParseCache(root: string, vaultDir: string, fingerprint: string): ParseCache {
  const vaultRoot = path.join(root, 'notes', hashOf(path.resolve(vaultDir)).slice(0, 12));
  const dir = path.join(vaultRoot, fingerprint);
  let made: Promise<unknown> | null = null;
  const fileOf = async (key: string) => {
    made ??= mkdir(dir, { recursive: true });
    await made;
    return path.join(dir, `${key}.json`);
  };
  return {
    fileOf,
    // A missing or unreadable entry (a build cut short while writing) is a miss, never an error.
    get: (key) => readFile(path.join(dir, `${key}.json`), 'utf8').then((text) => JSON.parse(text) as ParsedNote, () => null),
    set: async (key, value) => writeFile(await fileOf(key), cacheEntryText(value)),
    prune: async (keep) => {
      for (const other of await readdir(vaultRoot).catch(() => [])) {
        if (other !== fingerprint) await rm(path.join(vaultRoot, other), { recursive: true, force: true });
      }
      for (const file of await readdir(dir).catch(() => [])) {
        if (!keep.has(file.replace(/\.json$/, ''))) await rm(path.join(dir, file), { force: true });
      }
    },
  };
}

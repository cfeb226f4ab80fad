/** The site's page paths for a vault folder, read once per build. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeNote } from '../content/note-summary.ts';
import { buildParseOptions, parseNotes } from './parse-notes.ts';
import { readVault } from './read-vault.ts';
import { emptyVaultMessage } from './prerender-paths.ts';
import { sitePaths } from './site-paths.ts';

const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));
const cache = new Map<string, Promise<string[]>>();

// vite.config.ts and react-router.config.ts are loaded apart, each with its own copy of this module: what the
// content plugin tells one copy, every copy must see, so the paths live on the process, by vault folder.
const KNOWN = Symbol.for('examflow.vault-site-paths');
const known = ((globalThis as Record<symbol, unknown>)[KNOWN] ??= new Map<string, readonly string[]>()) as Map<string, readonly string[]>;

/**
 * The site's paths for the vault in `dir` from the build's own parse (the content plugin's summaries), so the
 * pre-render's plan and the site's finishing do not read and parse the vault again. An empty vault is not told:
 * vaultSitePaths then reads it and says what is wrong.
 */
export function rememberSitePaths(dir: string, notes: Parameters<typeof sitePaths>[0]): void {
  if (notes.length > 0) known.set(path.resolve(dir), sitePaths(notes));
}

/**
 * Every path to pre-render for the vault in `dir` (the build asks several times; the vault is read once).
 * The parse goes through the build's parse cache, which the bundle's own parse has just filled.
 */
export function vaultSitePaths(dir: string): Promise<string[]> {
  const key = path.resolve(dir);
  const told = known.get(key);
  if (told) return Promise.resolve([...told]);
  let paths = cache.get(key);
  if (!paths) {
    paths = readVault(key).then(async (files) => {
      if (files.length === 0) throw new Error(emptyVaultMessage(dir));
      const { parsed } = await parseNotes(files, buildParseOptions(key, SRC_DIR, process.cwd()));
      return sitePaths(parsed.map((entry) => summarizeNote(entry.analysis.note)));
    });
    cache.set(key, paths);
  }
  return paths;
}

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

/**
 * Every path to pre-render for the vault in `dir` (the build asks several times; the vault is read once).
 * The parse goes through the build's parse cache, which the bundle's own parse has just filled.
 */
export function vaultSitePaths(dir: string): Promise<string[]> {
  const key = path.resolve(dir);
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

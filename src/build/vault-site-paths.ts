/** The site's page paths for a vault folder, read once per build. */
import path from 'node:path';
import { readVault } from './read-vault.ts';
import { parseVault } from '../content/parse-vault';
import { summarizeNote } from '../content/note-summary';
import { sitePaths } from './site-paths';

const cache = new Map<string, Promise<string[]>>();

/** Every path to pre-render for the vault in `dir` (the build asks several times; the vault is read once). */
export function vaultSitePaths(dir: string): Promise<string[]> {
  const key = path.resolve(dir);
  let paths = cache.get(key);
  if (!paths) {
    paths = readVault(key).then((files) => sitePaths(parseVault(files).map((r) => summarizeNote(r.note))));
    cache.set(key, paths);
  }
  return paths;
}

/**
 * The scripts a first search needs, as addresses a built page can preload: the search dialog's chunk and the
 * index's loader's, with every chunk they import statically, read from Vite's build manifest. A page whose app
 * has not started yet preloads them the moment the reader asks for search (src/search/early-search.ts), so the
 * search's own code downloads beside the app's instead of after it has started.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { staticClosure, type ManifestChunk } from './build-manifest.ts';

/** The source modules whose chunks a first search loads. */
export const SEARCH_MODULES = ['src/routes/search/search-dialog.tsx', 'src/search/load-index.ts'] as const;

/** The files of `keys`' chunks and of every chunk they import statically, each once, served under `base`. */
export function staticChunkUrls(manifest: Readonly<Record<string, ManifestChunk>>, keys: readonly string[], base: string): string[] {
  return staticClosure(manifest, ...keys).map((key) => `${base}${manifest[key]!.file}`);
}

/** The first search's scripts of the site built in `clientDir`, served under `base`: none where the manifest names none. */
export async function searchPreloads(clientDir: string, base: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(clientDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  return staticChunkUrls(manifest, SEARCH_MODULES, base);
}

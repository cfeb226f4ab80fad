/** Sizes of a built site's JavaScript: what the home page loads before it is usable, and the lazy chunks. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { staticClosure, type ManifestChunk } from '../../build/build-manifest.ts';

export { staticClosure, type ManifestChunk };

/** The home page's JavaScript budget, gzipped, in bytes (100 kB, issue 13). */
export const INITIAL_JS_BUDGET = 100_000;

/** One built file and its size on the wire. */
export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

/** What `measureBundle` found in an output folder. */
export interface BundleReport {
  /** The entry script and every chunk it imports statically: all of it runs before the home page works. */
  initial: ChunkSize[];
  initialGzip: number;
  initialCssGzip: number;
  /** Every other script, largest first. */
  lazy: ChunkSize[];
  /** The one-per-note chunks: how many, and their gzipped total and median. */
  notes: { count: number; gzipTotal: number; gzipMedian: number };
}

/** The script and modulepreload URLs of a built index.html, as written. */
export function htmlScriptUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) urls.push(match[1] ?? '');
  for (const match of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) urls.push(match[1] ?? '');
  return urls.filter(Boolean);
}

/** The files of a built page's stylesheet links (`assets/…`, without a `#` React Router may add), as written. */
export function htmlStylesheetFiles(html: string): string[] {
  const links = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"#]+)/g)];
  return links.map((match) => /assets\/[^/]+$/.exec(match[1] ?? '')?.[0] ?? '').filter(Boolean);
}

/** Reads `dist/.vite/manifest.json` and `dist/index.html` and sizes every script, gzipped like a static host. */
export async function measureBundle(outDir: string): Promise<BundleReport> {
  const manifest = JSON.parse(await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  // The pre-rendered home page names every script it runs before it is usable (entry, root, home route)
  // as a modulepreload; the manifest adds what those import statically.
  const allFiles = Object.values(manifest).map((chunk) => chunk.file);
  const keyOf = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const preloaded = htmlScriptUrls(html)
    .map((url) => allFiles.find((f) => url === f || url.endsWith(`/${f}`)))
    .filter((file): file is string => Boolean(file));
  if (preloaded.length === 0) throw new Error(`${outDir}/index.html names no script of ${outDir}/.vite/manifest.json (is build.manifest on?)`);
  const initialKeys = [...new Set(preloaded.flatMap((file) => staticClosure(manifest, keyOf.get(file) ?? '')))];
  const initialFiles = new Set([...preloaded, ...initialKeys.map((key) => manifest[key]!.file)]);
  // The root links its stylesheet itself (src/app/root.tsx), so the page names it where the manifest does not.
  const initialCss = new Set([...initialKeys.flatMap((key) => manifest[key]!.css ?? []), ...htmlStylesheetFiles(html)]);

  const size = async (file: string): Promise<ChunkSize> => {
    const content = await readFile(path.join(outDir, file));
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
  };
  const scripts = [...new Set(allFiles.filter((file) => file.endsWith('.js')))];
  const sized = await Promise.all(scripts.map(size));
  const initial = sized.filter((chunk) => initialFiles.has(chunk.file));
  const lazy = sized.filter((chunk) => !initialFiles.has(chunk.file)).sort((a, b) => b.gzip - a.gzip);
  const noteFiles = new Set(
    Object.entries(manifest)
      .filter(([key]) => key.startsWith('virtual:examflow/note/'))
      .map(([, chunk]) => chunk.file),
  );
  const noteSizes = lazy.filter((chunk) => noteFiles.has(chunk.file)).map((chunk) => chunk.gzip).sort((a, b) => a - b);
  const css = await Promise.all([...initialCss].map(size));
  return {
    initial,
    initialGzip: sum(initial.map((chunk) => chunk.gzip)),
    initialCssGzip: sum(css.map((chunk) => chunk.gzip)),
    lazy,
    notes: {
      count: noteSizes.length,
      gzipTotal: sum(noteSizes),
      gzipMedian: noteSizes[Math.floor(noteSizes.length / 2)] ?? 0,
    },
  };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

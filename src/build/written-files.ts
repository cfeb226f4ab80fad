/**
 * What a pre-render thread learns of the files it writes, so the build's last stage need not read them again:
 * the precache revision of each file the service worker lists (src/build/precache-manifest.ts), and which pages
 * are finished already (src/build/finish-page.ts). At 5,000 notes the service worker's step read and hashed
 * every page's data on one thread after the pre-render, and the CSP step opened every page to see whether it
 * was finished; the pre-render threads have each file's bytes in hand as they write it.
 */
import path from 'node:path';
import { isFinishedPage } from './finish-page.ts';
import { isPrecached, revisionOf } from './precache-manifest.ts';

/** What the threads wrote, by path in the finished site (`/`-separated, relative to it, as the service worker lists it). */
export interface WrittenFiles {
  /** Each written file's precache revision, for files precached by a hash of their bytes. */
  revisions: Map<string, string>;
  /** Pages (.html) written finished. */
  finished: Set<string>;
}

/** Nothing written. */
export function noWrittenFiles(): WrittenFiles {
  return { revisions: new Map(), finished: new Set() };
}

/**
 * A file's path in the finished site, from where it is written: pages are written under `clientDir` and then the
 * site's `basename` (finish-site.ts lifts them out of it), so `<clientDir>/<base>/notes/a.data` is `notes/a.data`.
 * Null for a file outside the base.
 */
export function sitePath(clientDir: string, basename: string, file: string): string | null {
  const relative = path.relative(path.join(clientDir, ...basename.split('/').filter(Boolean)), file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep).join('/');
}

/** Notes in `written` what the build's last stage needs to know of `content`, just written to `file`. */
export function noteWrittenFile(written: WrittenFiles, clientDir: string, basename: string, file: string, content: Uint8Array | string): void {
  const url = sitePath(clientDir, basename, file);
  if (url === null) return;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (isPrecached(url)) {
    const revision = revisionOf(url, bytes);
    if (revision !== null) written.revisions.set(url, revision);
  }
  if (url.endsWith('.html') && isFinishedPage(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(512, bytes.byteLength)).toString('utf8'))) written.finished.add(url);
}

/** What several threads wrote, as one. */
export function mergeWrittenFiles(each: readonly WrittenFiles[]): WrittenFiles {
  const all = noWrittenFiles();
  for (const written of each) {
    for (const [url, revision] of written.revisions) all.revisions.set(url, revision);
    for (const url of written.finished) all.finished.add(url);
  }
  return all;
}

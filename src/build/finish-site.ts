/**
 * What runs once React Router has pre-rendered every page: CSP hashes into each page, the files static
 * hosts read (404.html, _redirects, sitemap.xml, robots.txt), the service worker over the finished site,
 * and the site moved to the build's outDir.
 */
import { cp, mkdir, open, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { mapLimit } from '../content/map-limit.ts';
import { siteRoot } from '../content/site-url.ts';
import { NOTE_FILES } from './build-folder.ts';
import { timeStep } from './build-steps.ts';
import { headersFile } from './csp.ts';
import { startScript } from './defer-app-start.ts';
import { finishPage, isFinishedPage } from './finish-page.ts';
import { type PwaApi, PWA_PLUGIN } from './pwa-plugin.ts';
import { type PrerenderApi, PRERENDER_PLUGIN } from './prerender-plugin.ts';
import { standInFiles } from './prerender-paths.ts';
import { searchPreloads } from './search-preloads.ts';
import { SHELL_PATHS } from './site-paths.ts';
import { redirectsFile, robotsFile, sitemapFile } from './static-host-files.ts';
import { noWrittenFiles } from './written-files.ts';

/** Pages read and written at once while finishing: enough to keep the file system's threads busy. */
const FILES_IN_FLIGHT = 8;

/** Every .html file below `dir`, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** The first bytes of a file: enough to see whether a page is finished (isFinishedPage). */
async function fileStart(file: string, bytes = 512): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Every page starts its app after its first paint, home on a first visit only on the reader's intent; then each
 * gets its CSP (which hashes the scripts that adds). The server bundle finishes the pages it renders as it renders
 * them (src/build/finish-page.ts); what it did not render (a redirect's page) is finished here. Pages in
 * `finished` were seen finished as a pre-render thread wrote them, and are not opened again.
 */
export async function finishPages(dir: string, base: string, finished: ReadonlySet<string>): Promise<void> {
  const searchScripts = await searchPreloads(dir, base);
  const scripts = { page: startScript(undefined, searchScripts), home: startScript(base, searchScripts) };
  // A few pages at a time: one by one, the build waited on each read and write (6 of 10 s at 5,000 notes).
  await mapLimit(await htmlFiles(dir), FILES_IN_FLIGHT, async (file) => {
    if (finished.has(file.split(path.sep).join('/'))) return;
    const full = path.join(dir, file);
    if (isFinishedPage(await fileStart(full))) return;
    await writeFile(full, finishPage(await readFile(full, 'utf8'), scripts, file === 'index.html'));
  });
}

/** Moves a finished folder to `to`, replacing what was there (a copy when they are on different disks). */
async function moveFolder(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}

/**
 * React Router writes pages under `<client>/<base>/` while Vite puts assets at `<client>/`, served under
 * the base by the host: the pages move up beside the assets.
 */
async function liftPagesOutOfBase(clientDir: string, base: string): Promise<void> {
  const nested = path.join(clientDir, ...base.split('/').filter(Boolean));
  if (nested === clientDir) return;
  for (const entry of await readdir(nested)) await rename(path.join(nested, entry), path.join(clientDir, entry));
  await rm(path.join(clientDir, base.split('/').filter(Boolean)[0] ?? ''), { recursive: true, force: true });
}

/** The `api` of the build's plugin named `name` (the plugin that declares it types it as `T`), if it is there. */
function pluginApi<T>(viteConfig: ResolvedConfig, name: string): T | undefined {
  return (viteConfig.plugins.find((plugin) => plugin.name === name) as { api?: T } | undefined)?.api;
}

/** What the build says when it does not know the public URL it will be served from. */
export const SITE_URL_MISSING =
  'examflow: SITE_URL is not set, so sitemap.xml and robots.txt name http://localhost and pages carry no canonical link. ' +
  'For a public deployment build with SITE_URL=https://your.site (see docs/deploy.md).';

/** Finishes the pre-rendered site in `clientDir` and moves it to `outDir`. */
export async function finishSite(options: {
  viteConfig: ResolvedConfig;
  clientDir: string;
  outDir: string;
  pagePaths: readonly string[];
  /** SITE_URL; without it sitemap.xml and robots.txt name http://localhost and the build says so. */
  siteUrl: string | undefined;
}): Promise<void> {
  const { viteConfig, clientDir, outDir, pagePaths } = options;
  const base = viteConfig.base;
  if (!options.siteUrl) viteConfig.logger.warn(SITE_URL_MISSING);
  const root = siteRoot(options.siteUrl ?? 'http://localhost', base);
  // The pages the worker threads pre-render (src/build/prerender-plugin.ts) are written before anything reads the site.
  const written = (await timeStep('prerender-wait', async () => pluginApi<PrerenderApi>(viteConfig, PRERENDER_PLUGIN)?.finished())) ?? noWrittenFiles();
  // Every page is written: the notes the pre-render read are no longer needed.
  await rm(NOTE_FILES, { recursive: true, force: true });
  await liftPagesOutOfBase(clientDir, base);
  for (const file of standInFiles()) await rm(path.join(clientDir, file), { recursive: true, force: true });
  await timeStep('csp', () => finishPages(clientDir, base, written.finished));
  // GitHub Pages answers a path with no page with 404.html: the app's shell, which draws the right page.
  await cp(path.join(clientDir, '__spa-fallback.html'), path.join(clientDir, '404.html'));
  const shells = new Set<string>(SHELL_PATHS);
  await writeFile(path.join(clientDir, '_redirects'), redirectsFile(base));
  await writeFile(path.join(clientDir, '_headers'), headersFile(base));
  await writeFile(path.join(clientDir, 'sitemap.xml'), sitemapFile(root, pagePaths.filter((p) => !shells.has(p))));
  await writeFile(path.join(clientDir, 'robots.txt'), robotsFile(root));
  // The revisions of the files the pre-render threads wrote come from them; the rest are read and hashed here.
  await timeStep('service-worker', async () => pluginApi<PwaApi>(viteConfig, PWA_PLUGIN)?.finishSite(clientDir, base, written.revisions));
  await timeStep('move', () => moveFolder(clientDir, outDir));
}

/**
 * Pre-renders pages from the built server bundle, as React Router's own pre-render does
 * (node_modules/@react-router/dev/dist/vite.js, `handlePrerender`): for a page whose routes have loaders, first
 * its `.data` file; then the page's HTML, at `<path>/index.html`, asked for with no data (React Router sends the
 * data file's text in a header for the server to decode; our handler's loaders hand the HTML request what they
 * gave the data request instead, src/build/loader-reuse.ts, or run again); a redirect becomes a page that
 * forwards; a resource route (no component) writes what its loader answers. Used by the pre-render's worker
 * threads (src/build/prerender-worker.ts), which share the paths with React Router's thread.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RouteObject, ServerBuild } from 'react-router';
import { mapLimit } from '../content/map-limit.ts';
import { routeMatcher } from './route-matcher.ts';
import { noteWrittenFile, noWrittenFiles, type WrittenFiles } from './written-files.ts';

/** A request handler made from the server bundle (`createRequestHandler(build)`). */
export type PageHandler = (request: Request) => Promise<Response>;

/** What of the server bundle the pre-render reads. */
export type PrerenderBuild = Pick<ServerBuild, 'routes' | 'assets' | 'basename' | 'future'>;

/** The bundle's flat route manifest as the tree `matchRoutes` takes. */
export function routeTree(routes: PrerenderBuild['routes'], parentId = ''): RouteObject[] {
  return Object.values(routes).flatMap((route) => {
    if (!route || (route.parentId ?? '') !== parentId) return [];
    const common = { id: route.id, ...(route.path === undefined ? {} : { path: route.path }) };
    return [route.index ? { ...common, index: true } : { ...common, children: routeTree(routes, route.id) }];
  });
}

/** The URL path of a page's data: `/_root.data` for home, else the page's path with `.data` (React Router's naming). */
export function dataRequestPath(pagePath: string, basename: string, trailingSlashAware: boolean): string {
  let request: string;
  if (trailingSlashAware) request = pagePath.endsWith('/') ? `${pagePath}_.data` : `${pagePath}.data`;
  else request = pagePath === '/' ? '/_root.data' : `${pagePath.replace(/\/$/, '')}.data`;
  return `${basename}${request}`.replace(/\/\/+/g, '/');
}

/** The URL path a page's HTML is requested at: under the basename, with a trailing slash. */
export function documentRequestPath(pagePath: string, basename: string): string {
  return `${basename}${pagePath}/`.replace(/\/\/+/g, '/');
}

/** Where a URL path's file goes in the site folder. */
export function siteFile(clientDir: string, urlPath: string, ...rest: string[]): string {
  return path.join(clientDir, ...urlPath.split('/'), ...rest);
}

const ESCAPES: Record<string, string> = { '&': '\\u0026', '>': '\\u003e', '<': '\\u003c', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** React Router's escaping of the text of its redirect pages. */
function escapeText(text: string): string {
  return text.replace(/[&><\u2028\u2029]/g, (match) => ESCAPES[match] ?? match);
}

/** The page React Router writes for a path whose loader redirects: it forwards at once (after 2 s for a 302). */
export function redirectPage(location: string, status: number, from: string): string {
  const to = escapeText(location);
  return `<!doctype html>
<head>
<title>Redirecting to: ${to}</title>
<meta http-equiv="refresh" content="${status === 302 ? 2 : 0};url=${to}">
<meta name="robots" content="noindex">
</head>
<body>
	<a href="${to}">
    Redirecting from <code>${escapeText(from)}</code> to <code>${to}</code>
  </a>
</body>
</html>`;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The ids of the routes a path reaches (src/build/route-matcher.ts). */
type Matcher = ReturnType<typeof routeMatcher>;

/** Where a thread writes the site, and what it keeps of what it wrote. */
interface SiteOut {
  clientDir: string;
  basename: string;
  /** The folders made so far, so each is made once (most pages share theirs). */
  folders: Set<string>;
  written: WrittenFiles;
}

/** Writes a file of the site, noting its revision and whether it is a finished page (src/build/written-files.ts). */
function writeSiteFile(out: SiteOut, file: string, content: string | Uint8Array): void {
  const folder = path.dirname(file);
  if (!out.folders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    out.folders.add(folder);
  }
  writeFileSync(file, content);
  noteWrittenFile(out.written, out.clientDir, out.basename, file, content);
}

/** One page: which routes it reaches, whether any has a loader, and whether its leaf is a resource route. */
function pagePlan(build: PrerenderBuild, match: Matcher, pagePath: string) {
  const ids = match(`/${pagePath}/`.replace(/^\/\/+/, '/'));
  if (!ids) return null;
  const leafId = ids[ids.length - 1] ?? '';
  const module = build.routes[leafId]?.module;
  return {
    leafId,
    resource: Boolean(module && !module.default && !module.ErrorBoundary),
    loaders: ids.some((id) => build.assets.routes[id]?.hasLoader),
    hasLoader: Boolean(module?.loader),
  };
}

/** Writes a page's data file; `onlyRoutes` asks for those routes' data alone. */
async function prerenderData(handler: PageHandler, build: PrerenderBuild, out: SiteOut, pagePath: string, onlyRoutes?: string[]): Promise<void> {
  const urlPath = dataRequestPath(pagePath, build.basename ?? '/', Boolean(build.future.v8_trailingSlashAwareDataRequests));
  const url = new URL(`http://localhost${urlPath}`);
  if (onlyRoutes?.length) url.searchParams.set('_routes', onlyRoutes.join(','));
  const response = await handler(new Request(url));
  // Written as the bytes the server answered: decoding them to text to encode them again for the file changed nothing.
  const data = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200 && response.status !== 202) {
    throw new Error(`Prerender (data): received a ${response.status} status code while pre-rendering the \`${pagePath}\` path.\n${urlPath}`);
  }
  writeSiteFile(out, siteFile(out.clientDir, urlPath), data);
}

/** Writes a page's HTML (or the page that forwards a redirect). */
async function prerenderDocument(handler: PageHandler, build: PrerenderBuild, out: SiteOut, pagePath: string): Promise<void> {
  const urlPath = documentRequestPath(pagePath, build.basename ?? '/');
  const response = await handler(new Request(`http://localhost${urlPath}`));
  const file = siteFile(out.clientDir, urlPath, 'index.html');
  if (REDIRECTS.has(response.status)) {
    writeSiteFile(out, file, redirectPage(response.headers.get('Location') ?? '', response.status, urlPath));
    return;
  }
  if (response.status !== 200) {
    throw new Error(`Prerender (html): received a ${response.status} status code while pre-rendering the \`${urlPath}\` path.\n${await response.text()}`);
  }
  writeSiteFile(out, file, new Uint8Array(await response.arrayBuffer()));
}

/** Writes what a resource route's loader answers, at the path itself. */
async function prerenderResource(handler: PageHandler, build: PrerenderBuild, out: SiteOut, pagePath: string): Promise<void> {
  const urlPath = documentRequestPath(pagePath, build.basename ?? '/').replace(/\/$/, '');
  const response = await handler(new Request(`http://localhost${urlPath}`));
  const content = new Uint8Array(await response.arrayBuffer());
  if (response.status !== 200) {
    throw new Error(`Prerender (resource): received a ${response.status} status code while pre-rendering the \`${urlPath}\` path.`);
  }
  writeSiteFile(out, siteFile(out.clientDir, urlPath), content);
}

/** Pre-renders one page into `out`; a path that reaches no route is skipped, as React Router skips it. */
async function prerenderPage(handler: PageHandler, build: PrerenderBuild, match: Matcher, out: SiteOut, pagePath: string): Promise<void> {
  const plan = pagePlan(build, match, pagePath);
  if (!plan) return;
  if (plan.resource) {
    if (!plan.hasLoader) return;
    await prerenderData(handler, build, out, pagePath, [plan.leafId]);
    await prerenderResource(handler, build, out, pagePath);
    return;
  }
  if (plan.loaders) await prerenderData(handler, build, out, pagePath);
  await prerenderDocument(handler, build, out, pagePath);
}

/**
 * Pre-renders `paths`, `concurrency` at a time (React Router's `prerender.concurrency`), into `clientDir`; gives
 * what the build's last stage needs to know of the files written (src/build/written-files.ts).
 */
export async function prerenderPages(handler: PageHandler, build: PrerenderBuild, clientDir: string, paths: readonly string[], concurrency: number): Promise<WrittenFiles> {
  const match = routeMatcher(routeTree(build.routes));
  const out: SiteOut = { clientDir, basename: build.basename ?? '/', folders: new Set(), written: noWrittenFiles() };
  await mapLimit(paths, concurrency, (pagePath) => prerenderPage(handler, build, match, out, pagePath));
  return out.written;
}

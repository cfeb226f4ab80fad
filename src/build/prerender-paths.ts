/**
 * The paths React Router pre-renders, which are the site's pages plus one stand-in page for each route with
 * a loader that no page of the vault reaches: a tag page when no note has a tag, a note's practice when no
 * note has a question. With `ssr: false` React Router refuses to build a route with a `loader` that no
 * pre-rendered path reaches ("invalid route export `loader`"), so such a vault failed to build. The
 * stand-ins' files are deleted once pre-rendering ends (`standInFiles`): the site never serves them, and a
 * path typed by hand still gets the app's shell, which draws the page from what the browser knows.
 */

/** The stand-in's name; it is used only where the vault has no page at all, so it never hides a real one. */
export const STAND_IN = '__examflow-stand-in__';

// The routes with a loader whose pages depend on the vault: a tag page and a note's practice.
const LOADER_ROUTES = ['/tags/', '/practice/'] as const;

/** The paths to pre-render for a site whose pages are `pages`. */
export function prerenderPaths(pages: readonly string[]): string[] {
  const unreached = LOADER_ROUTES.filter((route) => !pages.some((page) => page.startsWith(route)));
  return [...pages, ...unreached.map((route) => `${route}${STAND_IN}`)];
}

/** The files pre-rendering may write for the stand-ins, relative to the site folder (each page and its data). */
export function standInFiles(): string[] {
  return LOADER_ROUTES.flatMap((route) => [`${route.slice(1)}${STAND_IN}`, `${route.slice(1)}${STAND_IN}.data`]);
}

/** The message a vault with no note gets instead of React Router's: the note route has nothing to pre-render. */
export function emptyVaultMessage(dir: string): string {
  return `examflow: ${dir} holds no note (a Markdown file ending in .md), so there is no page to build. ` +
    'Point EXAMFLOW_CONTENT at your vault, or add a note to it.';
}

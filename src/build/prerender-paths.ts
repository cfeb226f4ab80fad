/**
 * The paths React Router pre-renders, which are the site's pages plus, when a vault has no tag, one stand-in
 * tag page. With `ssr: false` React Router refuses to build a route with a `loader` that no pre-rendered
 * path reaches ("invalid route export `loader`"), so a vault without a single tag failed to build. The
 * stand-in's files are deleted once pre-rendering ends (`standInFiles`): the site never serves it, and a
 * tag typed by hand still gets the app's shell, which draws an empty tag page.
 */

/** The stand-in tag's name; it is used only when the vault has no tag at all, so it never hides a real one. */
export const STAND_IN_TAG = '__examflow-stand-in__';

/** The paths to pre-render for a site whose pages are `pages`. */
export function prerenderPaths(pages: readonly string[]): string[] {
  const hasTagPage = pages.some((page) => page.startsWith('/tags/'));
  return hasTagPage ? [...pages] : [...pages, `/tags/${STAND_IN_TAG}`];
}

/** The files pre-rendering wrote for the stand-in, relative to the site folder (its page and its data). */
export function standInFiles(): string[] {
  return [`tags/${STAND_IN_TAG}`, `tags/${STAND_IN_TAG}.data`];
}

/** The message a vault with no note gets instead of React Router's: the note route has nothing to pre-render. */
export function emptyVaultMessage(dir: string): string {
  return `examflow: ${dir} holds no note (a Markdown file ending in .md), so there is no page to build. ` +
    'Point EXAMFLOW_CONTENT at your vault, or add a note to it.';
}

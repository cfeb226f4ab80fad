/** The app's URL of a note and of a tag page, as `paths` builds them (handed in: build code never imports routes). */
export interface AppPaths {
  note: (slug: string) => string;
  tag: (tag: string) => string;
}

/** A link to a section of a page: the page's URL, then `#fragment` when there is one. */
export function withFragment(page: string, fragment: string | null): string {
  return fragment ? `${page}#${fragment}` : page;
}

/** The URLs the rendered HTML links to, under the site's base path (`/` or `/examflow/`). */
export function vaultHrefs(base: string, paths: AppPaths) {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  const notePage = (slug: string) => `${root}${paths.note(slug)}`;
  return {
    notePage,
    noteHref: (slug: string, fragment: string | null) => withFragment(notePage(slug), fragment),
    tagHref: (tag: string) => `${root}${paths.tag(tag)}`,
  };
}

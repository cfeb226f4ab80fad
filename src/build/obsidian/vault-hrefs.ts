/** The app's URL of a note and of a tag page, as `paths` builds them (handed in: build code never imports routes). */
export interface AppPaths {
  note: (slug: string) => string;
  tag: (tag: string) => string;
}

/** The URLs the rendered HTML links to, under the site's base path (`/` or `/examflow/`). */
export function vaultHrefs(base: string, paths: AppPaths) {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  return {
    noteHref: (slug: string, fragment: string | null) => `${root}${paths.note(slug)}${fragment ? `#${fragment}` : ''}`,
    tagHref: (tag: string) => `${root}${paths.tag(tag)}`,
  };
}

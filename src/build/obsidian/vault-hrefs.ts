import { paths } from '../../routes/paths';

/** The URLs the rendered HTML links to, under the site's base path (`/` or `/examflow/`). */
export function vaultHrefs(base: string) {
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  return {
    noteHref: (slug: string, fragment: string | null) => `${root}${paths.note(slug)}${fragment ? `#${fragment}` : ''}`,
    tagHref: (tag: string) => `${root}${paths.tag(tag)}`,
  };
}

import type { MetaDescriptor } from 'react-router';
import { siteRoot } from '../content/site-url';

/** What the home page says of the app when a page has nothing better to say. */
export const SITE_DESCRIPTION =
  'examflow: study your own Markdown exam notes with quizzes, timed exams, interactive architecture diagrams and spaced repetition. Works offline.';

/**
 * The canonical URL of an app path such as `/notes/x` on `site` (SITE_URL at build time, e.g.
 * https://example.com), under the build's base path; null without a site. A canonical link must be
 * absolute (crawlers and Lighthouse reject a relative one), and a build that does not know where it will be
 * served cannot name one: its pages then carry none rather than a wrong one.
 */
export function canonicalUrl(path: string, site: string = import.meta.env.VITE_SITE_URL ?? '', base: string = import.meta.env.BASE_URL): string | null {
  if (!site) return null;
  return `${siteRoot(site, base)}${path}`;
}

/** A page's <title>, description and canonical link (when the site's URL is known), as a route module's `meta` returns them. */
export function pageMeta(page: { title?: string; description?: string; path: string }): MetaDescriptor[] {
  const canonical = canonicalUrl(page.path);
  return [
    { title: page.title ? `${page.title} · examflow` : 'examflow' },
    { name: 'description', content: page.description ?? SITE_DESCRIPTION },
    ...(canonical ? [{ tagName: 'link', rel: 'canonical', href: canonical }] : []),
  ];
}

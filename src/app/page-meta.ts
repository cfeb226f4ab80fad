import type { MetaDescriptor } from 'react-router';

/** What the home page says of the app when a page has nothing better to say. */
export const SITE_DESCRIPTION =
  'examflow: study your own Markdown exam notes with quizzes, timed exams, interactive architecture diagrams and spaced repetition. Works offline.';

/** The absolute origin and base the site is served from (SITE_URL at build time), without a trailing slash. */
function siteRoot(): string {
  const site = (import.meta.env.VITE_SITE_URL as string | undefined) ?? '';
  return `${site.replace(/\/$/, '')}${import.meta.env.BASE_URL.replace(/\/$/, '')}`;
}

/** The canonical URL of an app path such as `/notes/x` (absolute when the build knows SITE_URL). */
export function canonicalUrl(path: string): string {
  return `${siteRoot()}${path}`;
}

/** A page's <title>, description and canonical link, as a route module's `meta` returns them. */
export function pageMeta(page: { title?: string; description?: string; path: string }): MetaDescriptor[] {
  return [
    { title: page.title ? `${page.title} · examflow` : 'examflow' },
    { name: 'description', content: page.description ?? SITE_DESCRIPTION },
    { tagName: 'link', rel: 'canonical', href: canonicalUrl(page.path) },
  ];
}

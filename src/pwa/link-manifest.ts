import { siteFileUrl } from './site-file-url.ts';

/**
 * Links the site's web-app manifest (`href`) once, after the page's first paint: as the app registers the service
 * worker, or on a home page waiting for the reader's intent once its first contentful paint is on screen. Installing
 * the site takes both the worker and the manifest. Linked in the HTML, the manifest was fetched beside the
 * stylesheet, while the first screen was still painting, on every page and for readers who never install.
 * Self-contained, as it is inlined into built pages (src/app/start-on-intent-script.ts).
 */
export function linkManifest(document: Document, href: string): void {
  if (document.head.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = href;
  document.head.append(link);
}

/** Where the build writes the manifest of a site served under `base` (src/build/pwa-plugin.ts). */
export function manifestUrl(base: string): string {
  return siteFileUrl(base, 'manifest.webmanifest');
}

/** Where a built site will be served: the one rule canonical links, sitemap.xml and robots.txt share. */

/** The site's root URL: `site` (SITE_URL, e.g. https://example.com) followed by the base path, no trailing slash. */
export function siteRoot(site: string, base: string): string {
  return `${site.replace(/\/$/, '')}${base.replace(/\/$/, '')}`;
}

/** The files a static host reads beside the pages: redirects, sitemap and robots rules. */

/** The Netlify / Cloudflare Pages `_redirects` rule: a path with no page of its own gets the app's shell. */
export function redirectsFile(base: string): string {
  return `${base}* ${base}__spa-fallback.html 200\n`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The URL of a decoded app path under `root` (origin plus base, no trailing slash), percent-encoded. */
export function pageUrl(root: string, path: string): string {
  return `${root}${encodeURI(path === '/' ? '/' : path)}`;
}

/** sitemap.xml listing every page worth finding from outside (notes, tags and their lists). */
export function sitemapFile(root: string, paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${escapeXml(pageUrl(root, p))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled, and the sitemap says where the pages are. */
export function robotsFile(root: string): string {
  return `User-agent: *\nAllow: /\nSitemap: ${root}/sitemap.xml\n`;
}

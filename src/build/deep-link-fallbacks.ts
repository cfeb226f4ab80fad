import type { Plugin } from 'vite';

/** The Netlify / Cloudflare Pages `_redirects` rule that answers every path under `base` with the app. */
export function redirectsFile(base: string): string {
  return `${base}* ${base}index.html 200\n`;
}

/**
 * Makes deep links survive a reload on static hosts: `404.html` is a copy of index.html (GitHub Pages
 * serves it for unknown paths, and the client-side router then draws the right page), and `_redirects`
 * rewrites every path to index.html on Netlify. Asset URLs in index.html are absolute with the base, so
 * the copy works at any depth.
 */
export function deepLinkFallbacks(): Plugin {
  let base = '/';
  return {
    name: 'examflow-deep-link-fallbacks',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') {
        this.error('index.html is missing from the bundle, so 404.html cannot be written');
      }
      if (!base.startsWith('/')) {
        this.warn(`base "${base}" is relative: 404.html only works for deep links with an absolute base`);
      }
      this.emitFile({ type: 'asset', fileName: '404.html', source: index.source });
      this.emitFile({ type: 'asset', fileName: '_redirects', source: redirectsFile(base) });
    },
  };
}

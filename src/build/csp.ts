import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: no inline or foreign scripts, inline styles only for
 * Mermaid's drawings (see style-src), no plugins, no frames, no <base> and no form posts, so nothing a note smuggles
 * in can run, restyle the page or send it elsewhere. Only added to the build because the dev server
 * injects an inline React Refresh preamble.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Mermaid (loaded only on notes with a ```mermaid block) writes a <style> element and style attributes
  // into each diagram it draws, which no source list short of 'unsafe-inline' admits. Note HTML is
  // sanitised at build time (no style attributes, no <style>), so this only keeps Mermaid's own styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Browser features the app never uses, switched off for every page (and for anything a note embeds). */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), hid=(), midi=(), display-capture=()';

/**
 * The Netlify / Cloudflare Pages `_headers` file: the policy as a real header (which, unlike the meta
 * tag, can forbid framing), plus the referrer, sniffing and permissions headers.
 */
export function headersFile(base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    `${base}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/** Adds the Content-Security-Policy meta tag to index.html and writes `_headers`, at build time. */
export function contentSecurityPolicy(): Plugin {
  let base = '/';
  return {
    name: 'examflow-csp',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
      // The meta tag cannot carry a referrer policy header; this tag does the same for every request.
      { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base) });
    },
  };
}

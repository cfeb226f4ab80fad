import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built app: no inline or foreign scripts, no plugins, no frames,
 * so nothing a note smuggles in can run. Only added to the build because the dev server injects an
 * inline React Refresh preamble.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Adds the Content-Security-Policy meta tag to index.html at build time. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'examflow-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

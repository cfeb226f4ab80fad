import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the built app: no foreign scripts, no inline style, no plugins, no frames,
 * no <base> and no form posts, so nothing a note smuggles in can run, restyle the page or send it
 * elsewhere. A pre-rendered page adds, by hash, only the inline scripts React Router writes to hydrate it
 * (see pagePolicy), so nothing a note injects matches.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // No page is rendered with a style attribute or a <style> element: Mermaid diagrams are drawn at build
  // time as SVG without style (src/build/obsidian/mermaid-svg.ts), and what React sizes in the browser it
  // sets through the CSSOM, which CSP does not govern.
  "style-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  // The search worker fetches the index's JSON files from the site itself (src/search/open-index.ts).
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
 * The header's policy: one header serves every page, so it cannot list each page's script hashes (every
 * page's hydration data differs) and leaves inline scripts to the page's meta policy, which the browser
 * enforces as well (both must allow).
 */
export const HEADER_POLICY = withSources(withSources(CONTENT_SECURITY_POLICY, 'script-src', ["'unsafe-inline'"]),
  // The header also governs sw.js, which fetches the remote images it caches; pages keep connect-src 'self'
  // from their meta policy, which the browser enforces beside the header's.
  'connect-src', ['https:']);

/**
 * The Netlify / Cloudflare Pages `_headers` file: the policy as a real header (which, unlike the meta
 * tag, can forbid framing), plus the referrer, sniffing and permissions headers.
 */
export function headersFile(base: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${HEADER_POLICY}; frame-ancestors 'none'`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
    `${base}assets/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}

/**
 * `policy` with `sources` added to `directive`, once each. Hashes are left out where 'unsafe-inline' stands
 * (listing one would make the browser ignore 'unsafe-inline').
 */
function withSources(policy: string, directive: string, sources: readonly string[]): string {
  return policy.split('; ').map((part) => {
    const [name, ...present] = part.split(' ');
    if (name !== directive) return part;
    const isHash = (source: string) => source.startsWith("'sha");
    const added = sources.filter((source) => !present.includes(source) && !(isHash(source) && present.includes("'unsafe-inline'")));
    return [name, ...present, ...added].join(' ');
  }).join('; ');
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The base64 SHA-256 of every inline script of a page, as CSP source expressions. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const [, attributes = '', body = ''] = match;
    if (/\bsrc\s*=/i.test(attributes) || body === '') continue;
    hashes.push(hash(body));
  }
  return [...new Set(hashes)];
}

/** The policy for one page: CONTENT_SECURITY_POLICY plus the page's own inline scripts, by hash. */
export function pagePolicy(html: string): string {
  return withSources(CONTENT_SECURITY_POLICY, 'script-src', inlineScriptHashes(html));
}

/** Puts the page's policy (and the no-referrer rule a meta tag can carry) first in its <head>. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html)}"/><meta name="referrer" content="no-referrer"/>`;
  return html.replace(/<head>/i, `<head>${meta}`);
}

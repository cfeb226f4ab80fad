import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of the built app: no foreign scripts, inline styles only for Mermaid's
 * drawings (see style-src), no plugins, no frames, no <base> and no form posts, so nothing a note smuggles
 * in can run, restyle the page or send it elsewhere. A pre-rendered page adds, by hash, only the inline
 * scripts React Router writes to hydrate it (see pagePolicy), so nothing a note injects matches.
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
 * The header's policy: one header serves every page, so it cannot list each page's hashes; it leaves inline
 * scripts and styles to the page's meta policy, which the browser enforces as well (both must allow).
 */
export const HEADER_POLICY = withSources(withSources(CONTENT_SECURITY_POLICY, 'script-src', ["'unsafe-inline'"]), 'style-src', ["'unsafe-inline'"]);

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
 * (listing one would make the browser ignore 'unsafe-inline'); style hashes need 'unsafe-hashes' to cover
 * style attributes.
 */
function withSources(policy: string, directive: string, sources: readonly string[]): string {
  return policy.split('; ').map((part) => {
    const [name, ...present] = part.split(' ');
    if (name !== directive) return part;
    const isHash = (source: string) => source.startsWith("'sha");
    const added = sources.filter((source) => !present.includes(source) && !(isHash(source) && present.includes("'unsafe-inline'")));
    if (directive === 'style-src' && added.some(isHash) && !present.includes("'unsafe-hashes'")) added.unshift("'unsafe-hashes'");
    return [name, ...present, ...added].join(' ');
  }).join('; ');
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const unescapeAttribute = (value: string) =>
  value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

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

/** The hashes of the style attributes a page was rendered with (React writes them as `style="…"`). */
export function styleAttributeHashes(html: string): string[] {
  return [...new Set([...html.matchAll(/\sstyle="([^"]*)"/g)].map((match) => hash(unescapeAttribute(match[1] ?? ''))))];
}

/** The policy for one page: CONTENT_SECURITY_POLICY plus the page's own inline scripts and styles, by hash. */
export function pagePolicy(html: string): string {
  const scripts = inlineScriptHashes(html);
  const styles = styleAttributeHashes(html);
  return withSources(withSources(CONTENT_SECURITY_POLICY, 'script-src', scripts), 'style-src', styles);
}

/** Puts the page's policy (and the no-referrer rule a meta tag can carry) first in its <head>. */
export function withContentSecurityPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html)}"/><meta name="referrer" content="no-referrer"/>`;
  return html.replace(/<head>/i, `<head>${meta}`);
}

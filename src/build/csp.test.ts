import { createHash } from 'node:crypto';
import { CONTENT_SECURITY_POLICY, HEADER_POLICY, headersFile, inlineScriptHashes, withContentSecurityPolicy } from './csp.ts';

const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the Content-Security-Policy', () => {
  test.each([
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ])('%s is %j', (name, sources) => {
    expect(directives.get(name)).toEqual(sources);
  });

  test('allows no inline script and no eval', () => {
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });
});

describe('_headers', () => {
  test.each(['/', '/examflow/'])('under %s carries the policy as a header, with what only a header can say', (base) => {
    const lines = headersFile(base).split('\n');
    expect(lines[0]).toBe(`${base}*`);
    expect(lines).toContain(`  Content-Security-Policy: ${HEADER_POLICY}; frame-ancestors 'none'`);
    expect(HEADER_POLICY).toContain("script-src 'self' 'unsafe-inline';");
    expect(HEADER_POLICY).toContain("style-src 'self';");
    // Only the service worker, which the meta policy does not reach, may fetch remote images to cache them.
    expect(HEADER_POLICY).toContain("connect-src 'self' https:;");
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(lines).toEqual(expect.arrayContaining(['  Referrer-Policy: no-referrer', '  X-Content-Type-Options: nosniff']));
    expect(lines.some((line) => line.startsWith('  Permissions-Policy: camera=()'))).toBe(true);
    expect(lines).toContain(`${base}assets/*`);
  });
});

describe('inlineScriptHashes', () => {
  test.each([
    ['an inline script', '<script>window.a = 1;</script>', [sha('window.a = 1;')]],
    ['a module script with attributes', '<script type="module" async="">import "/x.js";</script>', [sha('import "/x.js";')]],
    ['an external script', '<script src="/a.js"></script>', []],
    ['an empty script', '<script></script>', []],
    ['the same script twice', '<script>x()</script><script>x()</script>', [sha('x()')]],
  ])('%s', (_name, html, expected) => {
    expect(inlineScriptHashes(html)).toEqual(expected);
  });
});

describe('withContentSecurityPolicy', () => {
  test('puts the policy first in the head, allowing the page\'s own inline scripts only', () => {
    const html = '<!DOCTYPE html><html><head><title>t</title></head><body><p style="color:red">x</p><script>go()</script></body></html>';
    const out = withContentSecurityPolicy(html);
    expect(out).toMatch(/^<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="[^"]*"\/><meta name="referrer"/);
    expect(out).toContain(`script-src 'self' ${sha('go()')};`);
    // A style attribute (here one a note might smuggle in) is never admitted, by hash or otherwise.
    expect(out).toContain("style-src 'self';");
  });

  test('a page without inline scripts gets the plain policy', () => {
    expect(withContentSecurityPolicy('<head></head>')).toContain("script-src 'self';");
  });
});

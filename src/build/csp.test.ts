import { CONTENT_SECURITY_POLICY, headersFile } from './csp.ts';

const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));

describe('the Content-Security-Policy', () => {
  test.each([
    ['script-src', ["'self'"]],
    ['style-src', ["'self'", "'unsafe-inline'"]],
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
    expect(lines).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(lines).toEqual(expect.arrayContaining(['  Referrer-Policy: no-referrer', '  X-Content-Type-Options: nosniff']));
    expect(lines.some((line) => line.startsWith('  Permissions-Policy: camera=()'))).toBe(true);
    expect(lines).toContain(`${base}assets/*`);
  });
});

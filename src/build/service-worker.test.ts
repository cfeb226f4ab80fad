import { bundleServiceWorker, MANIFEST_PLACEHOLDER, withPrecacheList } from './service-worker';

test('the bundled service worker is one classic script that reads its precache list once', async () => {
  const code = await bundleServiceWorker();
  expect(code.split(MANIFEST_PLACEHOLDER)).toHaveLength(2);
  // A classic script: a service worker registered without type "module" cannot import or export.
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
  // workbox's development-only logging is left out.
  expect(code).not.toContain('process.env');
  expect(code).toContain('SKIP_WAITING');
});

test('the precache list is written where the placeholder stood', () => {
  const code = `precache(${MANIFEST_PLACEHOLDER});`;
  expect(withPrecacheList(code, [{ url: 'a.data', revision: 'r' }, { url: 'assets/b.js', revision: null }])).toBe(
    'precache([{"url":"a.data","revision":"r"},{"url":"assets/b.js","revision":null}]);',
  );
});

test.each([
  ['no placeholder', 'precache([]);'],
  ['two placeholders', `a(${MANIFEST_PLACEHOLDER});b(${MANIFEST_PLACEHOLDER});`],
])('a service worker with %s is refused', (_case, code) => {
  expect(() => withPrecacheList(code, [])).toThrow(/exactly once/);
});

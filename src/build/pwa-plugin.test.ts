import { webManifestFile } from './pwa-plugin';

test.each([
  ['/', '/'],
  ['/examflow/', '/examflow/'],
])('the web manifest of a site under %s starts and is scoped there', (base, expected) => {
  const manifest = JSON.parse(webManifestFile(base)) as Record<string, unknown>;
  expect(manifest).toMatchObject({ name: 'examflow', start_url: expected, scope: expected, display: 'standalone' });
  expect(manifest.icons).toHaveLength(3);
});

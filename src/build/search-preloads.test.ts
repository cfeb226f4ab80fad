import { staticChunkUrls } from './search-preloads.ts';

const MANIFEST = {
  'src/routes/search/search-dialog.tsx': { file: 'assets/search-dialog-1.js', imports: ['_start-app.js', '_highlight.js'] },
  'src/search/load-index.ts': { file: 'assets/load-index-2.js', imports: ['_start-app.js', 'src/search/worker-engine.ts'] },
  'src/search/worker-engine.ts': { file: 'assets/worker-engine-3.js' },
  '_start-app.js': { file: 'assets/start-app-4.js', imports: ['_vendor.js'] },
  '_vendor.js': { file: 'assets/vendor-5.js' },
  '_highlight.js': { file: 'assets/highlight-6.js' },
  'src/routes/note-page.tsx': { file: 'assets/note-page-7.js', imports: ['_start-app.js'] },
};

test('the chunks of the given modules and everything they import statically, each once, under the base', () => {
  expect(staticChunkUrls(MANIFEST, ['src/routes/search/search-dialog.tsx', 'src/search/load-index.ts'], '/exam/')).toEqual([
    '/exam/assets/search-dialog-1.js',
    '/exam/assets/load-index-2.js',
    '/exam/assets/start-app-4.js',
    '/exam/assets/highlight-6.js',
    '/exam/assets/worker-engine-3.js',
    '/exam/assets/vendor-5.js',
  ]);
});

test('a module the manifest does not name gives nothing, and an import cycle ends', () => {
  const cyclic = { a: { file: 'a.js', imports: ['b'] }, b: { file: 'b.js', imports: ['a'] } };
  expect(staticChunkUrls(cyclic, ['a', 'missing'], '/')).toEqual(['/a.js', '/b.js']);
});

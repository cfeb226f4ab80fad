import { htmlScriptUrls, htmlStylesheetFiles, staticClosure, type ManifestChunk } from './bundle-size';

const manifest: Record<string, ManifestChunk> = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react.js', imports: ['_scheduler.js', 'index.html'] },
  '_scheduler.js': { file: 'assets/scheduler.js' },
  'src/routes/note-page.tsx': { file: 'assets/note-page.js', imports: ['_react.js', '_markdown.js'] },
  '_markdown.js': { file: 'assets/markdown.js' },
};

describe('staticClosure', () => {
  test('follows static imports through cycles and leaves lazy routes out', () => {
    expect(staticClosure(manifest, 'index.html')).toEqual(['index.html', '_react.js', '_scheduler.js']);
  });

  test('an unknown entry reaches nothing', () => {
    expect(staticClosure(manifest, 'missing.html')).toEqual([]);
  });
});

describe('htmlScriptUrls', () => {
  test('finds module scripts and modulepreloads but not stylesheets', () => {
    const html = [
      '<script type="module" crossorigin src="/examflow/assets/index.js"></script>',
      '<link rel="modulepreload" crossorigin href="/examflow/assets/react.js">',
      '<link rel="stylesheet" href="/examflow/assets/index.css">',
    ].join('\n');
    expect(htmlScriptUrls(html)).toEqual(['/examflow/assets/index.js', '/examflow/assets/react.js']);
  });
});

describe('htmlStylesheetFiles', () => {
  test.each([
    ['<link rel="stylesheet" href="/examflow/assets/styles-a1.css" data-precedence="app"/>', ['assets/styles-a1.css']],
    ['<link rel="stylesheet" href="/assets/start-app-b2.css#"/><link rel="modulepreload" href="/assets/x.js"/>', ['assets/start-app-b2.css']],
    ['<link rel="icon" href="/favicon.svg"/>', []],
  ])('%s links %j', (html, files) => {
    expect(htmlStylesheetFiles(html)).toEqual(files);
  });
});

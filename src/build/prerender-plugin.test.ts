import { serverEntry } from './prerender-plugin';

describe('serverEntry', () => {
  test('is the server bundle\'s entry among the written files', () => {
    const bundle = {
      'assets/chunk-a.js': { type: 'chunk', isEntry: false, facadeModuleId: null, fileName: 'assets/chunk-a.js' },
      'assets/other.js': { type: 'chunk', isEntry: true, facadeModuleId: '/src/other.ts', fileName: 'assets/other.js' },
      'assets/server-build-x.js': { type: 'chunk', isEntry: true, facadeModuleId: '\0virtual:react-router/server-build', fileName: 'assets/server-build-x.js' },
      'assets/style.css': { type: 'asset', fileName: 'assets/style.css' },
    };
    expect(serverEntry(bundle)).toBe('assets/server-build-x.js');
  });

  test('is the only entry when none is named for the server build, and nothing without an entry', () => {
    expect(serverEntry({ 'index.js': { type: 'chunk', isEntry: true, facadeModuleId: '/src/index.ts', fileName: 'index.js' } })).toBe('index.js');
    expect(serverEntry({ 'a.css': { type: 'asset', fileName: 'a.css' } })).toBeUndefined();
  });
});

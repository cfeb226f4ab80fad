import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';
import { preloadHelperHead } from './preload-helper-head';

/** The code of a browser build of two lazy chunks that share a third (so each `import()` has chunks to preload). */
async function builtApp(plugins: Plugin[]): Promise<string> {
  const root = mkdtempSync(path.join(tmpdir(), 'preload-helper-'));
  try {
    writeFileSync(path.join(root, 'shared.js'), 'export const shared = () => document.title;\n');
    writeFileSync(path.join(root, 'a.js'), "import { shared } from './shared.js';\nexport const a = () => shared() + 'a';\n");
    writeFileSync(path.join(root, 'b.js'), "import { shared } from './shared.js';\nexport const b = () => shared() + 'b';\n");
    writeFileSync(path.join(root, 'main.js'), "import('./a.js').then((m) => m.a());\nimport('./b.js').then((m) => m.b());\n");
    const output = (await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins,
      build: { write: false, minify: false, modulePreload: { polyfill: false }, rolldownOptions: { input: path.join(root, 'main.js') } },
    })) as Rolldown.RolldownOutput;
    return output.output.flatMap((file) => (file.type === 'chunk' ? [file.code] : [])).join('\n');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// Any lookup of the whole document: the ones Vite's helper had, and the ones a rewrite of it might bring.
const WHOLE_DOCUMENT = /\bdocument\.(querySelector|querySelectorAll|getElementsByTagName)\(/g;

describe("Vite's module preload helper looks in <head> only", () => {
  test('the installed Vite builds a helper that looks for its nonce and lists the links in the whole document', async () => {
    const code = await builtApp([]);
    expect(code).toContain('csp-nonce');
    expect(code.match(WHOLE_DOCUMENT)).toEqual(['document.querySelector(', 'document.getElementsByTagName(']);
  }, 30_000);

  test('with the plugin, both lookups are made in <head> and none in the whole document', async () => {
    const code = await builtApp([preloadHelperHead()]);
    expect(code).toMatch(/document\.head\.querySelector\(["']meta\[property=csp-nonce\]["']\)/);
    expect(code).toMatch(/document\.head\.getElementsByTagName\(["']link["']\)/);
    expect(code.match(WHOLE_DOCUMENT)).toBeNull();
  }, 30_000);
});

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { examflowContent } from './vite-plugin.ts';

// Two symlink loops once made `npm run dev` spin at 100% CPU and grow past 2.5 GB: Vite's watcher followed
// them for ever. The dev server now watches the real folders the vault scan read, each once.
describe('the dev server on a vault with symlink loops', () => {
  let dir = '';
  let outside = '';
  let server: ViteDevServer | null = null;

  beforeAll(async () => {
    outside = mkdtempSync(path.join(tmpdir(), 'examflow-outside-'));
    writeFileSync(path.join(outside, 'linked.md'), '# Linked\n\nA note that lives elsewhere.\n');
    dir = mkdtempSync(path.join(tmpdir(), 'examflow-loops-'));
    mkdirSync(path.join(dir, 'a/b'), { recursive: true });
    writeFileSync(path.join(dir, 'a/b/real.md'), '# Real\n');
    symlinkSync('..', path.join(dir, 'a/b/up'));
    symlinkSync(dir, path.join(dir, 'a/root'));
    symlinkSync(path.join(outside, 'linked.md'), path.join(dir, 'linked.md'));
    server = await createServer({
      configFile: false,
      root: dir,
      logLevel: 'silent',
      plugins: [examflowContent({ dir, paths: { note: (slug) => `/notes/${slug}`, tag: (tag) => `/tags/${tag}` } })],
      server: { middlewareMode: true, hmr: false },
    });
  });

  afterAll(async () => {
    await server?.close();
    for (const folder of [dir, outside]) rmSync(folder, { recursive: true, force: true });
  });

  test('watches each real folder once, never a path through a loop', async () => {
    // The watcher reads folders asynchronously: wait until it holds the vault's real folders, then look.
    const folders = () => Object.keys(server?.watcher.getWatched() ?? {});
    await expect.poll(() => ['a', 'a/b'].every((sub) => folders().includes(path.join(dir, sub)))).toBe(true);
    expect(server?.config.server.watch?.followSymlinks).toBe(false);
    const watched = Object.keys(server?.watcher.getWatched() ?? {}).filter((folder) => folder.startsWith(dir));
    const real = watched.map((folder) => realpathSync(folder));
    expect(new Set(real).size).toBe(real.length);
    expect(watched.every((folder) => !/[\\/](up|root)([\\/]|$)/.test(folder.slice(dir.length)))).toBe(true);
  });

  test('serves the symlinked note, as the build does', async () => {
    const index = (await server?.ssrLoadModule('virtual:examflow/index')) as { notes: { slug: string; title: string }[] };
    expect(index.notes.map((note) => note.title).sort()).toEqual(['Linked', 'Real']);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parseVault } from '../content/parse-vault.ts';
import { hrefTable } from './obsidian/href-table.ts';
import { createVaultRenderer, linkTargets } from './obsidian/render-vault.ts';
import { DEFAULT_SETTINGS } from './obsidian/vault-settings.ts';
import { bundleWorker } from './parse-pool.ts';
import { renderInWorkers } from './render-pool.ts';
import { shareSources } from './shared-sources.ts';

// The worker is bundled inside the project, where its packages resolve, as the build bundles it.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// A clean clone has no node_modules/.cache until something writes there.
const cacheRoot = path.join(ROOT, 'node_modules', '.cache');
mkdirSync(cacheRoot, { recursive: true });
const dir = mkdtempSync(path.join(cacheRoot, 'render-pool-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const workerFile = (async () => {
  const file = path.join(dir, 'render-worker.mjs');
  await bundleWorker(path.join(ROOT, 'src', 'build', 'render-worker.ts'), file);
  return file;
})();

const files = [
  { file: 'intro.md', markdown: '# Intro\n\nSee [[Target#Second]] and #topic/sub. $x^2$\n\n![[target#Second]]\n' },
  { file: 'target.md', markdown: '---\ntags: [topic/sub]\n---\n# Target\n\n## Second\n\nText with ==mark== and a footnote[^1].\n\n[^1]: The note.\n' },
  { file: 'quiz.md', markdown: '# Quiz\n\n## Which?\n\n- [x] **Right** one\n- [ ] Wrong\n\nAn #unlisted tag.\n' },
  ...Array.from({ length: 45 }, (_, i) => ({ file: `n${i}.md`, markdown: `# Note ${i}\n\nLinks to [[intro]] and [[n${(i + 1) % 45}]].\n` })),
];
const notes = parseVault(files).map((analysis) => analysis.note);
const sources = new Map(files.map((entry) => [entry.file, entry.markdown]));
const hrefs = { noteHref: (slug: string, fragment: string | null) => `/x/notes/${slug}${fragment ? `#${fragment}` : ''}`, tagHref: (tag: string) => `/x/tags/${tag}` };
const inProcess = createVaultRenderer({ notes, sources, attachments: [], settings: DEFAULT_SETTINGS, ...hrefs });
// The table as the build makes it, less the tag only quiz.md writes: that note is left to the main thread.
const table = hrefTable(notes, hrefs);
table.tags.delete('unlisted');
const vault = { links: linkTargets(notes), sources: shareSources(sources), attachments: [], settings: DEFAULT_SETTINGS, hrefs: table };

describe('rendering in worker threads', () => {
  test('gives each note as the main thread renders it, and leaves one it cannot render to the caller', async () => {
    const pool = renderInWorkers(notes, vault, workerFile, 2);
    expect(await pool.done).toMatchObject({ notes: notes.length, inWorkers: notes.length - 1 });
    const taken = await Promise.all(notes.map((note) => pool.take(note.slug)));
    notes.forEach((note, i) => {
      if (note.slug === 'quiz') expect(taken[i]).toBeNull();
      else {
        // Equal down to the order of keys and the undefined ones: the module's JSON is the same text.
        expect(taken[i]).toStrictEqual(inProcess(note));
        expect(JSON.stringify(taken[i])).toBe(JSON.stringify(inProcess(note)));
      }
    });
    // Taken once, let go: a second take is the caller's to render.
    expect(await pool.take('intro')).toBeNull();
  }, 30_000);

  test('leaves a note the caller asks for before a worker has it to the caller, and renders the rest', async () => {
    const pool = renderInWorkers(notes, vault, workerFile, 1);
    // Asked for before any batch is sent: the caller renders it instead of waiting.
    expect(await pool.take('intro')).toBeNull();
    expect(await pool.done).toMatchObject({ notes: notes.length, inWorkers: notes.length - 2 });
    // The rest of its batch still comes from the worker, each note under its own slug.
    for (const slug of ['n0', 'n44', 'target']) {
      expect(JSON.stringify(await pool.take(slug))).toBe(JSON.stringify(inProcess(notes.find((note) => note.slug === slug)!)));
    }
  }, 30_000);

  test('leaves every note to the caller when the worker cannot start', async () => {
    const missing = path.join(dir, 'missing.mjs');
    writeFileSync(path.join(dir, 'broken.mjs'), 'throw new Error("broken");\n');
    for (const file of [missing, path.join(dir, 'broken.mjs')]) {
      const pool = renderInWorkers(notes, vault, Promise.resolve(file), 2);
      expect(await pool.take('intro')).toBeNull();
      expect((await pool.done).inWorkers).toBe(0);
    }
    const rejected = renderInWorkers(notes, vault, Promise.reject(new Error('no bundle')), 2);
    expect(await rejected.take('target')).toBeNull();
  }, 30_000);
});

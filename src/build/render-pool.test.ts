import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishVault, planVault } from '../content/parse-vault.ts';
import type { Note } from '../content/types.ts';
import { createVaultRenderer } from './obsidian/render-vault.ts';
import { toRenderView } from './obsidian/render-view.ts';
import { vaultHrefs } from './obsidian/vault-hrefs.ts';
import { DEFAULT_SETTINGS } from './obsidian/vault-settings.ts';
import { workerFile } from './parse-notes.ts';
import { createRenderPool } from './render-pool.ts';
import { parseNoteBatch } from './parse-task.ts';
import { renderInView } from './render-task.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = path.join(SRC, 'build', 'obsidian', 'fixtures');
const CONTENT = path.join(SRC, '..', 'content');
// Inside the project, as in a build: the bundled worker finds its packages from there.
const cacheRoot = path.join(SRC, '..', 'node_modules', '.cache');

// Every Obsidian fixture note and the repository's own notes (the seed note among them), in one vault with
// the notes the fixtures link to and embed.
const files = [
  ...readdirSync(FIXTURES).map((name) => ({ file: `fixtures/${name}.md`, markdown: readFileSync(path.join(FIXTURES, name, 'note.md'), 'utf8') })),
  ...readdirSync(CONTENT, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'))
    .map((file) => ({ file: `content/${file}`, markdown: readFileSync(path.join(CONTENT, file), 'utf8') })),
  { file: 'target.md', markdown: '---\naliases: [Target Alias]\n---\n# Target\n\nIntro.\n\n## Second Heading\n\nSecond text.\nA fact. ^fact\n' },
  { file: 'loop.md', markdown: '# Loop\n\n![[loop]]\n' },
];
const plan = planVault(files);
const parsed = parseNoteBatch(plan);
finishVault(plan, parsed.map((entry) => entry.analysis));
const notes: Note[] = parsed.map((entry) => entry.analysis.note);
const sources = new Map(files.map((entry) => [entry.file, entry.markdown]));
const input = {
  notes, sources, attachments: ['attachments/pic.png', 'media/exact.png', 'deep/named.png', 'docs/report.pdf'],
  settings: { ...DEFAULT_SETTINGS, attachmentFolderPath: 'attachments' },
  ...vaultHrefs('/base/', { note: (slug) => `/notes/${encodeURIComponent(slug)}`, tag: (tag) => `/tags/${tag}` }),
};
const task = (note: Note) => ({ note, markdown: sources.get(note.file) ?? '' });

let dir = '';
beforeAll(() => {
  mkdirSync(cacheRoot, { recursive: true });
  dir = mkdtempSync(path.join(cacheRoot, 'examflow-render-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rendering notes in worker threads', () => {
  test('gives what the main thread renders, for every fixture and the seed note', async () => {
    expect(notes.length).toBeGreaterThan(15);
    const renderHere = createVaultRenderer(input);
    const pool = createRenderPool(await workerFile({ srcDir: SRC, cacheDir: dir }, 'render-test'), 2, toRenderView(input));
    try {
      const inWorkers = await Promise.all(notes.map((note) => pool.render(task(note))));
      expect(inWorkers).toEqual(notes.map((note) => renderHere(note)));
    } finally {
      await pool.destroy();
    }
  });

  test.each([
    ['a tag no note lists', '# Odd\n\nSee #unlisted-tag here.\n', (view: ReturnType<typeof toRenderView>) => ({ ...view, tagPages: [] })],
    ['an embed of a note the view holds no source of', '# Odd\n\n![[target]]\n', (view: ReturnType<typeof toRenderView>) => ({ ...view, embedded: [] })],
  ])('a note whose render needs what the view lacks (%s) is left to the main thread', (_name, markdown, narrow) => {
    const view = narrow(toRenderView(input));
    const loop = notes.find((entry) => entry.file === 'loop.md')!;
    expect(renderInView(view, { note: { ...loop, blocks: [{ kind: 'markdown', markdown }] }, markdown })).toBeNull();
    // What it does hold renders as on the main thread.
    const target = notes.find((entry) => entry.file === 'target.md')!;
    expect(renderInView(view, task(target))).toEqual(createVaultRenderer(input)(target));
  });
});

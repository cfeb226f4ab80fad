import { describe, expect, test } from 'vitest';
import { parseVault } from '../content/parse-vault.ts';
import type { NoteModule } from '../content/note-module.ts';
import { createVaultRenderer, type RenderedNote } from './obsidian/render-vault.ts';
import { DEFAULT_SETTINGS } from './obsidian/vault-settings.ts';
import { vaultReading } from './reading/reading-aids.ts';
import type { RenderedNotes } from './render-pool.ts';
import { noteSplits } from './note-splits.ts';

const files = [
  { file: 'a.md', markdown: '# A\n\n## First\n\nSee [[b]].\n' },
  { file: 'b.md', markdown: '# B\n\nBack to [[a]].\n' },
];
const notes = parseVault(files).map((analysis) => analysis.note);
const bySlug = new Map<string, NoteModule>(notes.map((note) => [note.slug, { ...note, diagrams: [] }]));
const sources = new Map(files.map((entry) => [entry.file, entry.markdown]));
const hrefs = { noteHref: (slug: string) => `/notes/${slug}`, tagHref: (tag: string) => `/tags/${tag}` };
const render = createVaultRenderer({ notes, sources, attachments: [], settings: DEFAULT_SETTINGS, ...hrefs });
const reading = vaultReading(notes, notes, sources);

/** Workers that rendered `done` (as `render` would, with a marked title) and nothing else. */
function workersThatRendered(done: string[]): RenderedNotes {
  return {
    take: (slug) => {
      const note = bySlug.get(slug);
      if (!note || !done.includes(slug)) return Promise.resolve(null);
      const rendered: RenderedNote = render(note);
      return Promise.resolve({ ...rendered, note: { ...rendered.note, title: `${rendered.note.title} (worker)` } });
    },
    done: Promise.resolve({ notes: bySlug.size, inWorkers: done.length, ms: 0 }),
    stop: () => undefined,
  };
}

describe('noteSplits', () => {
  test('takes a note the workers rendered, renders the others here, and counts those', async () => {
    const splits = noteSplits({ bySlug, render, rendered: workersThatRendered(['a']), reading });
    expect((await splits.get('a'))?.module.title).toBe('A (worker)');
    expect(splits.renderedHere).toBe(0);
    const b = await splits.get('b');
    expect(b?.module.title).toBe('B');
    expect(JSON.parse(b?.part.json ?? '{}')).toMatchObject({ slug: 'b', title: 'B' });
    expect(splits.renderedHere).toBe(1);
  });

  test('renders every note here without workers, each with its reading aids', async () => {
    const splits = noteSplits({ bySlug, render, rendered: null, reading });
    const a = await splits.get('a');
    expect(a?.module.reading?.outline.map((heading) => heading.text)).toEqual(['First']);
    expect(a?.parts).toEqual([]);
    expect(splits.renderedHere).toBe(1);
  });

  test('has nothing for a slug the vault lacks', async () => {
    const splits = noteSplits({ bySlug, render, rendered: null, reading });
    expect(await splits.get('missing')).toBeUndefined();
    expect(splits.renderedHere).toBe(0);
  });
});

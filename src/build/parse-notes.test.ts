import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVault } from '../content/parse-vault';
import { parseNotes, type ParseNotesOptions } from './parse-notes';

const SRC = fileURLToPath(new URL('..', import.meta.url));
// Inside the project, as in a build: the bundled worker finds its packages from there.
const cacheRoot = path.join(SRC, '..', 'node_modules', '.cache');

const note = (title: string, question = 'Which?') => `# ${title}\n\n## 문제\n\n1. ${question}\n   - A. one\n   - B. two\n\n정답: A\n`;
const files = [
  { file: 'b/same.md', markdown: note('B', 'Same stem?') },
  { file: 'a/same.md', markdown: note('A', 'Same stem?') },
  { file: 'c.md', markdown: '# C\n\n```\n[A] --> [B]\n```\n' },
];

let dir = '';
beforeAll(() => {
  mkdirSync(cacheRoot, { recursive: true });
  dir = mkdtempSync(path.join(cacheRoot, 'examflow-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = (over: Partial<ParseNotesOptions> = {}): ParseNotesOptions => ({
  vaultDir: '/vault', srcDir: SRC, cacheDir: dir, cacheNotes: true, workers: 0, ...over,
});

describe('parseNotes', () => {
  test('gives the notes parseVault gives: path order, slug clashes reported, question ids unique', async () => {
    const { parsed } = await parseNotes(files, options({ cacheNotes: false }));
    expect(parsed.map((entry) => entry.analysis.note)).toEqual(parseVault(files).map((analysis) => expect.objectContaining({
      ...analysis.note, diagnostics: expect.arrayContaining(analysis.note.diagnostics),
    })));
    expect(parsed.map((entry) => entry.search.slug)).toEqual(['same', 'same-2', 'c']);
  });

  test('a second build takes every note from the cache, and one changed note is parsed again alone', async () => {
    const vaultDir = '/vault-cached';
    const first = await parseNotes(files, options({ vaultDir }));
    expect(first.stats.fromCache).toBe(0);
    const again = await parseNotes(files, options({ vaultDir }));
    expect(again.stats.fromCache).toBe(3);
    expect(again.parsed).toEqual(JSON.parse(JSON.stringify(first.parsed)));
    const edited = files.map((entry) => (entry.file === 'c.md' ? { ...entry, markdown: '# C edited\n' } : entry));
    const third = await parseNotes(edited, options({ vaultDir }));
    expect(third.stats.fromCache).toBe(2);
    expect(third.parsed[2]?.analysis.note.title).toBe('C edited');
    // The cache keeps each note as parsed alone: the clash error is added again on every build, once.
    expect(third.parsed[1]?.analysis.note.diagnostics.filter((d) => d.code === 'slug-duplicate')).toHaveLength(1);
  });

  test('worker threads parse the same notes as the process does', async () => {
    const inProcess = await parseNotes(files, options({ cacheNotes: false }));
    const threaded = await parseNotes(files, options({ cacheNotes: false, workers: 2, minForWorkers: 0 }));
    expect(threaded.stats.workers).toBe(2);
    expect(threaded.parsed).toEqual(inProcess.parsed);
  });

  test('notes parsed by worker threads are kept in the cache by the workers, and the next build reads them back whole', async () => {
    const vaultDir = '/vault-threaded';
    const threaded = await parseNotes(files, options({ vaultDir, workers: 2, minForWorkers: 0 }));
    expect(threaded.stats).toMatchObject({ fromCache: 0, workers: 2 });
    const again = await parseNotes(files, options({ vaultDir, workers: 2, minForWorkers: 0 }));
    expect(again.stats.fromCache).toBe(3);
    expect(again.parsed).toEqual(JSON.parse(JSON.stringify(threaded.parsed)));
    const inProcess = await parseNotes(files, options({ vaultDir: '/vault-in-process' }));
    expect(again.parsed).toEqual(JSON.parse(JSON.stringify(inProcess.parsed)));
  });
});

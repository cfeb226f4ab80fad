import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseVault } from '../content/parse-vault';
import { createHtmlRenderer, createVaultRenderer, withHtml } from './obsidian/render-vault';
import { vaultHrefs } from './obsidian/vault-hrefs';
import { listAttachments, loadVaultSettings } from './obsidian/vault-settings';
import { scanVault } from './read-vault';
import { aheadBySlug, queueNotes, takeNote, renderAheadVault, RenderAheadMiss, shareTexts, sharedText, vaultInputOf, type MainVaultInput } from './render-ahead';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A vault folder as the content plugin renders it on the main thread. */
async function mainInput(dir: string, base = '/'): Promise<MainVaultInput> {
  const [scanned, settings, attachments] = await Promise.all([scanVault(dir), loadVaultSettings(dir), listAttachments(dir)]);
  const notes = parseVault(scanned.files).map((analysis) => analysis.note);
  const sources = new Map(scanned.files.map((entry) => [entry.file.replace(/\\/g, '/'), entry.markdown]));
  const hrefs = vaultHrefs(base, { note: (slug) => `/notes/${encodeURIComponent(slug)}`, tag: (tag) => `/tags/${tag.split('/').map(encodeURIComponent).join('/')}` });
  return { notes, sources, attachments, settings, ...hrefs };
}

describe('render ahead', () => {
  // Every Obsidian syntax the app renders (embeds of other notes and their sections, wiki links, tags, callouts,
  // math, Mermaid, attachments), under the root and under a base path, and the seed note.
  test.each([
    ['e2e/fixtures/obsidian-vault', '/'],
    ['e2e/fixtures/obsidian-vault', '/examflow/'],
    ['content', '/'],
  ])('a worker renders every note of %s (base %s) exactly as the main thread does', async (folder, base) => {
    const input = await mainInput(path.join(ROOT, folder), base);
    const renderHere = createVaultRenderer(input);
    // As a message carries it: structured-cloned, the sources' buffer shared.
    const renderThere = createHtmlRenderer(vaultInputOf(structuredClone(renderAheadVault(input))));
    expect(input.notes.length).toBeGreaterThan(0);
    for (const note of input.notes) expect(withHtml(note, renderThere(note))).toEqual(renderHere(note));
  });

  test('a URL the worker was not told is a miss, never a guess', async () => {
    const input = await mainInput(path.join(ROOT, 'e2e/fixtures/obsidian-vault'));
    const tagged = input.notes.find((note) => note.tags.length > 0);
    expect(tagged).toBeDefined();
    const vault = renderAheadVault({ ...input, notes: input.notes });
    vault.tagHrefs.clear();
    const renderHtml = createHtmlRenderer(vaultInputOf(vault));
    const inlineTagged = input.notes.filter((note) => note.blocks.some((block) => block.kind === 'markdown' && /(^|\s)#[^\s#]/.test(block.markdown)));
    expect(inlineTagged.length).toBeGreaterThan(0);
    for (const note of inlineTagged) expect(() => renderHtml(note)).toThrow(RenderAheadMiss);
  });

  test('workers sharing the queue take every note once, in order, then nothing', async () => {
    const { notes } = await mainInput(path.join(ROOT, 'e2e/fixtures/obsidian-vault'));
    const queue = queueNotes(notes);
    // Two workers' copies of the message: the counter and the notes are shared, not copied.
    const [first, second] = [structuredClone(queue), structuredClone(queue)];
    const taken = [takeNote(first!), takeNote(second!), takeNote(first!)];
    expect(taken.map((entry) => entry?.index)).toEqual([0, 1, 2]);
    expect(taken[1]?.note).toEqual({ file: notes[1]!.file, blocks: notes[1]!.blocks, questions: notes[1]!.questions, reason: notes[1]!.reason });
    while (takeNote(second!)) { /* the rest */ }
    expect(takeNote(first!)).toBeNull();
  });

  test('shared sources read back as written, whatever their script', () => {
    const sources = new Map([['a.md', '# 한국어 노트\n\n🙂 emoji'], ['folder/b.md', ''], ['c.md', 'plain']]);
    const shared = structuredClone(shareTexts(sources));
    for (const [file, text] of sources) expect(sharedText(shared, file)).toBe(text);
    expect(sharedText(shared, 'missing.md')).toBeUndefined();
  });

  test('the workers\' files go by slug; a failed render ahead leaves every note to the main thread and says so', async () => {
    const notes = [{ slug: 'a' }, { slug: 'b' }];
    const spot = { file: '/x/1.jsonl', offset: 10, length: 20 };
    expect(await aheadBySlug(Promise.resolve(new Map([[1, spot]])), notes, () => undefined)).toEqual(new Map([['b', spot]]));
    const warnings: string[] = [];
    expect(await aheadBySlug(Promise.reject(new Error('a note worker stopped (exit code 1)')), notes, (message) => warnings.push(message))).toEqual(new Map());
    expect(warnings).toEqual([expect.stringContaining('a note worker stopped (exit code 1)')]);
  });
});

import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { noteKey, openParseCache, parserFingerprint } from './parse-cache';
import { parseNoteTask } from './parse-task';

const entry = { file: 'a/n.md', slug: 'n', clashesWith: null, markdown: '# N\n\nText.\n' };
const made: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'examflow-cache-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('noteKey', () => {
  test.each([
    ['the text', { ...entry, markdown: '# N\n\nText!\n' }],
    ['the slug', { ...entry, slug: 'n-2' }],
    ['the path', { ...entry, file: 'b/n.md' }],
  ])('changes with %s', (_name, changed) => {
    expect(noteKey(changed)).not.toBe(noteKey(entry));
  });

  test('is the same for the same note', () => {
    expect(noteKey({ ...entry })).toBe(noteKey(entry));
  });
});

describe('parserFingerprint', () => {
  test('changes when a parser source file or the lock file changes, not when a test does', async () => {
    const src = tempDir();
    mkdirSync(path.join(src, 'content'));
    writeFileSync(path.join(src, 'content', 'a.ts'), 'export const a = 1;');
    writeFileSync(path.join(src, 'lock.json'), '{}');
    const lock = path.join(src, 'lock.json');
    const first = await parserFingerprint(src, lock);
    writeFileSync(path.join(src, 'content', 'a.test.ts'), 'test');
    expect(await parserFingerprint(src, lock)).toBe(first);
    writeFileSync(path.join(src, 'content', 'a.ts'), 'export const a = 2;');
    const second = await parserFingerprint(src, lock);
    expect(second).not.toBe(first);
    writeFileSync(lock, '{"v":2}');
    expect(await parserFingerprint(src, lock)).not.toBe(second);
  });
});

describe('openParseCache', () => {
  test('gives back what was stored, misses what was not, and prunes what the vault no longer has', async () => {
    const root = tempDir();
    const cache = openParseCache(root, '/vault', 'f1');
    const parsed = parseNoteTask(entry);
    await cache.set('k1', parsed);
    await cache.set('k2', parsed);
    expect(await cache.get('k1')).toEqual(JSON.parse(JSON.stringify(parsed)));
    expect(await cache.get('nope')).toBeNull();
    await cache.prune(new Set(['k1']));
    expect(await cache.get('k2')).toBeNull();
    expect(await cache.get('k1')).not.toBeNull();
  });

  test('a new parser fingerprint drops the old entries of the vault', async () => {
    const root = tempDir();
    await openParseCache(root, '/vault', 'old').set('k', parseNoteTask(entry));
    const fresh = openParseCache(root, '/vault', 'new');
    await fresh.set('k', parseNoteTask(entry));
    await fresh.prune(new Set(['k']));
    const vaultFolder = readdirSync(path.join(root, 'notes'))[0] ?? '';
    expect(readdirSync(path.join(root, 'notes', vaultFolder))).toEqual(['new']);
  });
});

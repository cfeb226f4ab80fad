import { describe, expect, test } from 'vitest';
import { readSharedSources, shareSources, vaultSources } from './shared-sources.ts';

describe('shared sources', () => {
  const sources = new Map([
    ['a.md', '# A\n\nPlain.\n'],
    ['dir/한국어.md', '# 제목\n\nEmoji 🧪, accents é, and — dashes.\n'],
    ['empty.md', ''],
  ]);

  test('give back each text as it was, after a copy to another thread', () => {
    const shared = structuredClone(shareSources(sources));
    const read = readSharedSources(shared);
    for (const [file, text] of sources) expect(read.get(file)).toBe(text);
    expect(read.get('missing.md')).toBeUndefined();
  });

  test('stay one block of memory that a copy shares, not duplicates', () => {
    const shared = shareSources(sources);
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    const copy = structuredClone(shared);
    new Uint8Array(shared.buffer)[0] = '!'.charCodeAt(0);
    expect(readSharedSources(copy).get('a.md')).toBe('! A\n\nPlain.\n');
  });
});

describe('vaultSources', () => {
  const files = [
    { file: 'a.md', markdown: '# A\n' },
    { file: 'dir\\한국어.md', markdown: '# 제목 🧪\n' },
  ];

  test('give each file by its slash path, shared or not', () => {
    for (const share of [false, true]) {
      const { sources } = vaultSources(files, share);
      expect(sources.get('a.md')).toBe('# A\n');
      expect(sources.get('dir/한국어.md')).toBe('# 제목 🧪\n');
      expect(sources.get('dir\\한국어.md')).toBeUndefined();
    }
  });

  test('shared, read the very block the workers get rather than a copy of their own', () => {
    const { sources, shared } = vaultSources(files, true);
    expect(shared?.buffer).toBeInstanceOf(SharedArrayBuffer);
    new Uint8Array(shared!.buffer)[0] = '!'.charCodeAt(0);
    expect(sources.get('a.md')).toBe('! A\n');
  });

  test('not shared, make no block', () => {
    expect(vaultSources(files, false).shared).toBeNull();
  });
});

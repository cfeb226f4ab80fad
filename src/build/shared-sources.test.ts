import { describe, expect, test } from 'vitest';
import { readSharedSources, shareSources } from './shared-sources.ts';

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

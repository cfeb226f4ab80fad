import { describe, expect, test } from 'vitest';
import { hrefTable, MissingHref, tableHrefs } from './href-table.ts';
import { vaultHrefs } from './vault-hrefs.ts';

const paths = { note: (slug: string) => `/notes/${encodeURIComponent(slug)}`, tag: (tag: string) => `/tags/${tag.split('/').map(encodeURIComponent).join('/')}` };
const notes = [
  { slug: 'a b', tags: ['x/y', 'ü'] },
  { slug: 'c', tags: ['x/y'] },
];

describe('an href table', () => {
  test('gives the URLs the functions give, under the base, fragment or not', () => {
    const hrefs = vaultHrefs('/examflow/', paths);
    const table = tableHrefs(hrefTable(notes, hrefs));
    for (const fragment of [null, '', 'second-heading', '^fact']) expect(table.noteHref('a b', fragment)).toBe(hrefs.noteHref('a b', fragment));
    expect(table.noteHref('c', 'x')).toBe('/examflow/notes/c#x');
    expect(table.tagHref('x/y')).toBe(hrefs.tagHref('x/y'));
    expect(table.tagHref('ü')).toBe('/examflow/tags/%C3%BC');
  });

  test('throws for a note or tag it does not hold, so the caller can render that note another way', () => {
    const table = tableHrefs(hrefTable(notes, vaultHrefs('/', paths)));
    expect(() => table.tagHref('unlisted')).toThrow(MissingHref);
    expect(() => table.noteHref('missing', null)).toThrow(MissingHref);
  });

  test('survives a copy to a worker thread (structured clone)', () => {
    const table = hrefTable(notes, vaultHrefs('/', paths));
    expect(tableHrefs(structuredClone(table)).noteHref('a b', 'h')).toBe('/notes/a%20b#h');
  });
});

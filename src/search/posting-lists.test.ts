import fc from 'fast-check';
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { parseVault } from '../content/parse-vault';
import { readRoot, VAULT_ROOTS } from '../../test/vault-roots';
import { toSearchDocument } from './build-index';
import type { PackedPosting, PackedTerm } from './packed-index';
import { postingLists } from './posting-lists';
import { MINISEARCH_OPTIONS, SEARCH_FIELDS, type SearchDocument } from './search-options';

/** minisearch's own serialised index, packed the way the build packed it before it indexed by itself. */
function reference(documents: readonly SearchDocument[], options: Options<SearchDocument> = MINISEARCH_OPTIONS) {
  const search = new MiniSearch<SearchDocument>(options);
  const seen = new Set<string>();
  for (const document of documents) {
    if (seen.has(document.slug)) continue;
    seen.add(document.slug);
    search.add(document);
  }
  const plain = JSON.parse(JSON.stringify(search.toJSON())) as AsPlainObject;
  const fieldCount = Math.max(0, ...Object.values(plain.fieldIds)) + 1;
  const fieldLength = new Array<number>(plain.nextId * fieldCount).fill(0);
  for (const [id, lengths] of Object.entries(plain.fieldLength)) lengths.forEach((length, field) => (fieldLength[Number(id) * fieldCount + field] = length));
  const terms = plain.index.map(([term, fields]): PackedTerm => {
    const packed: PackedTerm = [term];
    for (const [fieldId, docs] of Object.entries(fields)) {
      let previous = 0;
      const postings = Object.keys(docs)
        .map(Number)
        .sort((a, b) => a - b)
        .map((id): PackedPosting => {
          const delta = id - previous;
          previous = id;
          const frequency = (docs as Record<string, number>)[id]!;
          return frequency === 1 ? delta : [delta, frequency];
        });
      packed.push(Number(fieldId), postings);
    }
    return packed;
  });
  terms.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const storedFields = Array.from({ length: plain.nextId }, (_, id) => plain.storedFields[id]);
  return {
    documentCount: plain.documentCount,
    nextId: plain.nextId,
    fieldIds: plain.fieldIds,
    fieldLength,
    averageFieldLength: plain.averageFieldLength,
    storedFields,
    terms,
  };
}

/** The index as the build writes it: JSON, so holes and undefined read as JSON does. */
const asWritten = (index: object) => JSON.stringify(index);

describe.each(VAULT_ROOTS)('postingLists over $name', async (root) => {
  const documents = parseVault(await readRoot(root)).map((entry) => toSearchDocument(entry.note, entry.text));

  test.runIf(root.present)('is minisearch’s index of the notes, byte for byte', () => {
    expect(documents.length).toBeGreaterThan(0);
    expect(asWritten(postingLists(documents, MINISEARCH_OPTIONS))).toBe(asWritten(reference(documents)));
  });
});

const word = fc.constantFrom('kms', 'KMS', 'key', '키', '암호화', '암호', 's3', 'glue', 'a', '', 'kms-key', 'x.y');
const text = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
const documentArb = fc.record({
  slug: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'),
  title: text,
  tags: fc.array(fc.constantFrom('service/kms', 'topic/glue'), { maxLength: 2 }),
  passages: fc.array(text, { maxLength: 2 }),
  aliases: text,
  tagText: text,
  headings: text,
  body: text,
  questions: text,
});

describe('postingLists against minisearch on any documents', () => {
  test('repeated slugs, empty fields, repeated and mixed-script terms', () => {
    fc.assert(
      fc.property(fc.array(documentArb, { maxLength: 12 }), (documents) => {
        expect(asWritten(postingLists(documents, MINISEARCH_OPTIONS))).toBe(asWritten(reference(documents)));
      }),
    );
  });

  test('a missing field counts as length 0 and enters the average only from then on, as minisearch counts it', () => {
    const options: Options<SearchDocument> = { ...MINISEARCH_OPTIONS, fields: [...SEARCH_FIELDS, 'extra'] };
    const documents = fc.sample(fc.array(documentArb, { minLength: 1, maxLength: 8 }), { numRuns: 50, seed: 7 }).map((list) =>
      list.map((document, n) => (n % 3 === 1 ? { ...document, extra: `kms ${n}` } : n % 3 === 2 ? { ...document, extra: null } : document)),
    );
    for (const list of documents) expect(asWritten(postingLists(list, options))).toBe(asWritten(reference(list, options)));
  });

  test('default options (minisearch’s own tokenizer and lower-casing) give minisearch’s index too', () => {
    const options: Options<SearchDocument> = { idField: 'slug', fields: ['title', 'body'], storeFields: ['title'] };
    const documents = fc.sample(fc.array(documentArb, { maxLength: 8 }), { numRuns: 50, seed: 11 });
    for (const list of documents) expect(asWritten(postingLists(list, options))).toBe(asWritten(reference(list, options)));
  });
});

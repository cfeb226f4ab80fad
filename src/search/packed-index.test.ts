import MiniSearch, { type Options } from 'minisearch';
import { decodeTerm, type PackedTerm } from './packed-index';
import { postingLists } from './posting-lists';
import type { SearchDocument } from './search-options';

const options = { idField: 'id', fields: ['title', 'body'], storeFields: ['title'] } as unknown as Options<SearchDocument>;
const documents = [
  { id: 'a', title: 'kms key', body: 'kms kms policy' },
  { id: 'b', title: 'glue crawler', body: 'kms glue glue glue' },
  { id: 'c', title: 'other', body: 'nothing' },
] as unknown as SearchDocument[];

function sampleIndex() {
  const search = new MiniSearch<SearchDocument>(options);
  search.addAll(documents);
  return search.toJSON();
}

const packTerms = () => postingLists(documents, options).terms;

describe('packed terms / decodeTerm', () => {
  test('round-trips minisearch’s postings exactly, terms sorted', () => {
    const plain = sampleIndex();
    const packed = packTerms();
    expect(packed.map(([term]) => term)).toEqual(plain.index.map(([term]) => term).sort());
    for (const [term, fields] of plain.index) {
      const decoded = decodeTerm(packed.find(([t]) => t === term)!);
      const back = Object.fromEntries(decoded.map(({ field, docs, frequencies }) => [field, Object.fromEntries([...docs].map((id, n) => [id, frequencies[n]]))]));
      expect(back).toEqual(JSON.parse(JSON.stringify(fields)));
    }
  });

  test('writes delta-coded ids and leaves out a frequency of 1', () => {
    const kms = packTerms().find(([term]) => term === 'kms');
    // title: doc 0 once; body: doc 0 twice, doc 1 once (delta 1).
    expect(kms).toEqual(['kms', 0, [0], 1, [[0, 2], 1]]);
  });

  test('is smaller than the plain form', () => {
    const plain = sampleIndex();
    expect(JSON.stringify(packTerms()).length).toBeLessThan(JSON.stringify(plain.index).length);
  });

  test('skips malformed entries instead of throwing', () => {
    const broken = ['broken', 'x', 5, 0, [1]] as unknown as PackedTerm;
    expect(decodeTerm(broken).map(({ field, docs }) => [field, [...docs]])).toEqual([[0, [1]]]);
  });
});

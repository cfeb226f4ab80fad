import { addBigram, allOf, combine, emptyBigramDocs, idsOf, setOf } from './doc-sets';

// Notes 0..40 (past one 32-bit word): 암호 in every even note, 호화 in every note divisible by 3 (any field).
const index = Array.from({ length: 41 }, (_, id) => id);
const docs = emptyBigramDocs(41);
addBigram(docs, '암호', [{ docs: index.filter((id) => id % 2 === 0) }]);
addBigram(docs, '호화', [{ docs: index.filter((id) => id % 3 === 0 && id < 20) }, { docs: index.filter((id) => id % 3 === 0 && id >= 20) }]);
addBigram(docs, 'kms', [{ docs: [1] }]);

describe('doc sets', () => {
  test('keep Hangul bigrams only, with the notes of every field', () => {
    expect([...docs.sets.keys()]).toEqual(['암호', '호화']);
    expect(idsOf(docs.sets.get('호화')!)).toEqual(index.filter((id) => id % 3 === 0));
  });

  test.each([
    [['암호', '호화'], index.filter((id) => id % 6 === 0)],
    [['암호'], index.filter((id) => id % 2 === 0)],
    [['암호', '없는'], []],
    [[], []],
  ])('allOf %j', (terms, expected) => {
    expect(idsOf(allOf(docs, terms))).toEqual(expected);
  });

  test('combine takes the union or the intersection, and setOf/idsOf round-trip', () => {
    const a = setOf([1, 33, 40], docs.words);
    const b = setOf([33, 2], docs.words);
    expect(idsOf(combine([a, b], 'OR', docs.words))).toEqual([1, 2, 33, 40]);
    expect(idsOf(combine([a, b], 'AND', docs.words))).toEqual([33]);
    expect(idsOf(a)).toEqual([1, 33, 40]);
  });
});

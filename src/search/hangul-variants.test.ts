import { bigramSets, hangulStems, isEnding, stripEnding } from './hangul-variants';

describe('stripEnding', () => {
  test.each([
    ['암호화를', '암호화'],
    ['드롭아웃으로', '드롭아웃'],
    ['줄이려면', '줄이'],
    ['데이터에서는', '데이터'],
    ['과적합', null],
    // Two syllables must remain: 막는 is a verb, not 막 + 는.
    ['막는', null],
    ['학습', null],
  ])('%s -> %s', (run, stem) => {
    expect(stripEnding(run)).toBe(stem);
  });
});

describe('hangulStems', () => {
  test.each([
    ['시계열예측을', ['시계열예측을', '시계열예측']],
    ['협업필터링', ['협업필터링']],
    ['필터링으로는', ['필터링으로는', '필터링']],
  ])('%s', (run, stems) => {
    expect(hangulStems(run)).toEqual(stems);
  });
});

describe('bigramSets', () => {
  test('a short word must match whole', () => {
    expect(bigramSets('과적합')).toEqual([['과적', '적합']]);
  });

  test('a long word may miss the bigram across a space or around one mistyped syllable, never more', () => {
    const sets = bigramSets('협업필터링');
    expect(sets[0]).toEqual(['협업', '업필', '필터', '터링']);
    expect(sets).toContainEqual(['협업', '필터', '터링']);
    expect(sets).toContainEqual(['협업', '터링']);
    expect(sets.every((set) => set.length >= 2)).toBe(true);
  });
});

test.each([['에서', true], ['으로', true], ['데이터', false]])('isEnding(%s) is %s', (run, expected) => {
  expect(isEnding(run)).toBe(expected);
});

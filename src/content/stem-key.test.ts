import { keySimilarity, stemKey } from './stem-key.ts';

const STEM = 'A company stores logs in S3. Which service should it use to query them?';

describe('stemKey survives what authors do to a stem', () => {
  test.each([
    ['case', STEM.toUpperCase()],
    ['punctuation', 'A company stores logs in S3: which service should it use to query them'],
    ['bold', 'A company stores **logs** in *S3*. Which service should it use to query them?'],
    ['a Choose hint', `${STEM} (Choose two.)`],
    ['a Select hint', `(Select 2) ${STEM}`],
    ['spacing', `  A company  stores logs\nin S3. Which service should it use to query them?`],
    ['a block id', `${STEM} ^q-logs`],
    ['a link', 'A company stores logs in [S3](https://aws.amazon.com/s3). Which service should it use to query them?'],
  ])('%s', (_name, edited) => {
    expect(stemKey(edited)).toBe(stemKey(STEM));
  });

  test('a Korean hint in brackets is not the question', () => {
    expect(stemKey('다음 중 옳은 것은? (두 개를 고르세요)')).toBe(stemKey('다음 중 옳은 것은?'));
  });

  test('a different question keeps a different key', () => {
    expect(stemKey('Which service stores logs?')).not.toBe(stemKey(STEM));
  });
});

describe('keySimilarity', () => {
  test.each([
    [STEM, STEM, 1],
    ['abc', 'xyz', 0],
  ])('%s ~ %s = %d', (a, b, expected) => {
    expect(keySimilarity(stemKey(a), stemKey(b))).toBe(expected);
  });

  test('a one-letter typo stays close; another question does not', () => {
    const typo = keySimilarity(stemKey(STEM), stemKey(STEM.replace('query', 'qeury')));
    const other = keySimilarity(stemKey(STEM), stemKey('Which database suits a company that needs to query logs at scale?'));
    expect(typo).toBeGreaterThan(0.9);
    expect(other).toBeLessThan(0.6);
  });
});

import { assignUniqueSlugs, MAX_SLUG_BYTES, slugFromFile, slugIsShortened } from './slug';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('slugFromFile', () => {
  test.each([
    ['2025-08/2025-08-26/kms-sagemaker-s3-encryption.md', 'kms-sagemaker-s3-encryption'],
    ['whitepapers/svm_whitepaper_korean.md', 'svm-whitepaper-korean'],
    ['notes\\Windows Path.MD', 'windows-path'],
    ['한글 노트.md', '한글-노트'],
    ['---.md', 'note'],
  ])('%s -> %s', (file, slug) => {
    expect(slugFromFile(file)).toBe(slug);
  });
});

describe('assignUniqueSlugs', () => {
  test('repeats get a numbered suffix and remember the first owner', () => {
    expect(assignUniqueSlugs(['a/x.md', 'b/x.md', 'c/X.md', 'x-2.md'])).toEqual([
      { slug: 'x', clashesWith: null },
      { slug: 'x-2', clashesWith: 'a/x.md' },
      { slug: 'x-3', clashesWith: 'a/x.md' },
      { slug: 'x-2-2', clashesWith: 'b/x.md' },
    ]);
  });
});

describe('long file names', () => {
  // 84 Hangul syllables are 252 bytes: with ".md" the longest name a file system holds, and past what a built
  // chunk (`<slug>-<hash>.js`) or page can be named.
  const korean = (tail: string) => `${'가'.repeat(83)}${tail}.md`;

  test.each([
    ['Korean, 3 bytes a syllable', korean('나')],
    ['ASCII', `${'a'.repeat(250)}.md`],
    ['mixed, cut inside a multi-byte run', `${'a'.repeat(119)}${'한'.repeat(40)}.md`],
  ])('%s: the slug is cut to MAX_SLUG_BYTES at a character boundary and says so', (_case, file) => {
    const slug = slugFromFile(file);
    expect(bytes(slug)).toBeLessThanOrEqual(MAX_SLUG_BYTES);
    expect(slug).toMatch(/-[0-9a-f]{8}$/);
    expect(slug).not.toContain('\uFFFD');
    expect(slugIsShortened(file)).toBe(true);
  });

  test('two long names that differ only at the end keep different slugs', () => {
    expect(slugFromFile(korean('나'))).not.toBe(slugFromFile(korean('다')));
  });

  test('a name that fits is left as it is', () => {
    expect(slugFromFile(`${'가'.repeat(40)}.md`)).toBe('가'.repeat(40));
    expect(slugIsShortened(`${'가'.repeat(40)}.md`)).toBe(false);
  });
});

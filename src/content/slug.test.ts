import { assignUniqueSlugs, slugFromFile } from './slug';

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

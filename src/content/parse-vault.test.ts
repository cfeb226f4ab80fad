import { parseVault } from './parse-vault';

describe('parseVault', () => {
  const results = parseVault([
    { file: 'b/kms.md', markdown: '# B\n' },
    { file: 'a/kms.md', markdown: '# A\n' },
    { file: 'c/other.md', markdown: '# C\n' },
  ]);

  test('takes files in path order and keeps slugs unique', () => {
    expect(results.map((result) => [result.note.file, result.note.slug])).toEqual([
      ['a/kms.md', 'kms'],
      ['b/kms.md', 'kms-2'],
      ['c/other.md', 'other'],
    ]);
  });

  test('reports the clash on the renamed note only, as an error on line 1', () => {
    expect(results.map((result) => result.diagnostics.length)).toEqual([0, 1, 0]);
    expect(results[1]?.diagnostics[0]).toMatchObject({ severity: 'error', line: 1 });
    expect(results[1]?.diagnostics[0]?.message).toContain('a/kms.md');
    expect(results[1]?.note.diagnostics).toEqual(results[1]?.diagnostics);
  });
});

test('a file name too long for a built file is served under a shortened slug, with a warning saying so', () => {
  const file = `notes/${'가'.repeat(84)}.md`;
  const [result] = parseVault([{ file, markdown: '# 긴 이름\n' }]);
  expect(result?.diagnostics).toEqual([
    expect.objectContaining({ severity: 'warning', code: 'slug-shortened', args: { bytes: 255, slug: result?.note.slug } }),
  ]);
  expect(result?.note.slug.length).toBeLessThan(84);
});

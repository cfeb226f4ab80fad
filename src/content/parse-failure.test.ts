import { failedParse, safeFence } from './parse-failure.ts';

describe('safeFence', () => {
  test.each([
    ['plain text', '```'],
    ['one ` tick', '```'],
    ['a ``` fence', '````'],
    ['two ````` runs ``', '``````'],
  ])('%j is fenced with %s', (text, fence) => {
    expect(safeFence(text)).toBe(fence);
  });
});

describe('failedParse', () => {
  test('shows the whole note as text and says why, on line 1', () => {
    const result = failedParse('# A\n```\ncode', 'dir\\Note.md', undefined, new RangeError('too deep'));
    expect(result.note.slug).toBe('note');
    expect(result.note.file).toBe('dir/Note.md');
    expect(result.note.blocks).toEqual([{ kind: 'markdown', markdown: '````text\n# A\n```\ncode\n````' }]);
    expect(result.diagnostics).toEqual([
      { severity: 'error', line: 1, code: 'parse-failed', args: { reason: 'too deep' }, message: 'The parser could not read this note (too deep); it is shown as plain text' },
    ]);
  });
});

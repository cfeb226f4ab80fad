import { formatKb, formatNumber, formatTable } from './format-table';

describe('formatTable', () => {
  test('pads columns, right-aligns numbers and underlines the headers', () => {
    const table = formatTable(['vault', 'notes', 'time'], [['sample', '272', '1.2 s'], ['generated 5,000', '5,000', '14.0 s']]);
    expect(table.split('\n')).toEqual([
      'vault            notes    time',
      '---------------  -----  ------',
      'sample             272   1.2 s',
      'generated 5,000  5,000  14.0 s',
    ]);
  });
});

describe('formatNumber and formatKb', () => {
  test.each([
    [1234.5, 1, '1,234.5'],
    [5000, 0, '5,000'],
    [Number.NaN, 0, 'n/a'],
  ])('%d with %d decimals is %s', (value, decimals, text) => {
    expect(formatNumber(value, decimals)).toBe(text);
  });

  test('kB are thousands of bytes', () => {
    expect(formatKb(110_000)).toBe('110.0 kB');
  });
});

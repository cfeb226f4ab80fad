import { formatMessage } from './format';

describe('formatMessage', () => {
  test.each([
    ['Hello {name}', { name: 'Kim' }, 'Hello Kim'],
    ['{n} of {total}', { n: 3, total: 10 }, '3 of 10'],
    ['Keeps {unknown}', { name: 'x' }, 'Keeps {unknown}'],
    ['No vars', undefined, 'No vars'],
  ])('%s', (template, vars, expected) => {
    expect(formatMessage(template, vars)).toBe(expected);
  });
});

import { inlineText } from './markdown-text';

describe('inlineText', () => {
  test.each([
    ['Use **AWS KMS** keys', 'Use AWS KMS keys'],
    ['A  line\nbreak', 'A line break'],
  ])('%j', (markdown, expected) => {
    expect(inlineText(markdown)).toBe(expected);
  });
});

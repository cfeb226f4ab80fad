import { detectLanguage } from './language';

describe('detectLanguage', () => {
  test.each([
    [['ko-KR', 'en-US'], 'ko'],
    [['en-GB'], 'en'],
    [['fr-FR', 'ko'], 'ko'],
    [['fr-FR'], 'en'],
    [undefined, 'en'],
  ] as const)('%j -> %s', (preferred, expected) => {
    expect(detectLanguage(preferred)).toBe(expected);
  });
});

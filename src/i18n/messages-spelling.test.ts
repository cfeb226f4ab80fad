import { catalogueTexts } from './catalogue-texts';

const english = catalogueTexts('en');

/** One spelling per word through the interface: American, as "Practice" (noun and verb) was picked. */
const BRITISH = /\bpractis(e|es|ed|ing)\b|\bcolour|\bfavourite|\borganis(e|ed|es|ing)\b/i;

describe('English messages', () => {
  test('the check reads every catalogue', () => {
    expect(english.length).toBeGreaterThan(200);
  });

  test.each([
    ['Practise the ones I got wrong', true],
    ['Practice flagged questions', false],
    ['Practising', true],
  ])('%j is caught as a second spelling: %s', (text, caught) => {
    expect(BRITISH.test(text)).toBe(caught);
  });

  test('no message spells a word the other way ("Practise" beside "Practice")', () => {
    expect(english.filter(([, text]) => BRITISH.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
  });
});

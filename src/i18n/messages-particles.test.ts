import { catalogueTexts } from './catalogue-texts';

// A placeholder (and the quotes closing around it) glued to a particle: the particle cannot know the value
// it follows, so it must be asked of the helper as `{name|을/를}`. A bracket is left out on purpose: in
// "합격 점수({mark})가" the particle belongs to the word before the bracket.
const GLUED = /\{\w+\}[”"'’」]*(?:을|를|이|가|은|는|과|와|으로|로)(?![가-힣])/u;

const korean = catalogueTexts('ko');

describe('Korean messages', () => {
  test('the audit reads every catalogue', () => {
    expect(korean.length).toBeGreaterThan(200);
  });

  test.each([
    ['“{query}”와 일치하는', true],
    ['{needed}가 필요하며', true],
    ['{label}을 고르세요', true],
    ['{label|을/를} 고르세요', false],
    ['합격 점수({mark})가', false],
    ['{count}개', false],
    ['{n}이상', false],
  ])('%j glues a particle to a placeholder: %s', (text, glued) => {
    expect(GLUED.test(text)).toBe(glued);
  });

  test('never glue a fixed particle to a placeholder', () => {
    expect(korean.filter(([, text]) => GLUED.test(text))).toEqual([]);
  });
});

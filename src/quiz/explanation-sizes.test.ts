import { makeQuestion } from '../../test/test-questions';
import { explanationSizes } from './explanation-sizes';

describe('explanationSizes', () => {
  test.each([
    ['an option with no explanation still costs its frame', [null], [256]],
    ['an explanation adds its length', ['x'.repeat(1000)], [1256]],
    ['one size per option, in order', ['ab', null, 'abcd'], [258, 256, 260]],
  ])('%s', (_, explanations, sizes) => {
    const question = makeQuestion('q', explanations.map((_, i) => `option ${i}`), ['A'], explanations);
    expect(explanationSizes(question)).toEqual(sizes);
  });
});

import { inlineScriptHashes } from './csp';
import { PARSER_YIELD, withParserYields } from './parser-yield';

describe('parser yield points', () => {
  test('a yield point is a non-empty inline script, so the parser runs it (an empty one is skipped) and the CSP lists it', () => {
    const body = /^<script>([\s\S]+)<\/script>$/.exec(PARSER_YIELD)?.[1] ?? '';
    expect(body.trim()).not.toBe('');
    expect(inlineScriptHashes(`<div>${PARSER_YIELD}</div>`)).toHaveLength(1);
    // It runs without effect: nothing to throw, nothing left behind.
    expect(() => new Function(body)()).not.toThrow();
  });

  test.each([0, 1, 5])('each of %i pieces is followed by one', (count) => {
    const pieces = Array.from({ length: count }, (_, i) => `<p>${i}</p>`);
    expect(withParserYields(pieces)).toEqual(pieces.map((piece) => piece + PARSER_YIELD));
  });
});

import { PARSER_YIELD } from '../content/parser-yield.ts';

// The yield point lives with the content, as app code (outline-source.ts) writes it too.
export { PARSER_YIELD };

/** `pieces` of a page's HTML, each followed by a {@link PARSER_YIELD}. */
export function withParserYields(pieces: readonly string[]): string[] {
  return pieces.map((piece) => piece + PARSER_YIELD);
}

/**
 * Rewrites the option letters an explanation names ("A번", "Option A", "(A)", "A)", "옵션 A",
 * "선택지 A", "정답: C, E)" ...) after options were re-lettered, so the letters never mislead.
 * Only forms that clearly name an option are touched: "A/B 테스트" or "Plan A" stay as written.
 */

const LETTER = '[A-F](?![A-Za-z0-9])';
// Lists after a keyword may be joined by commas, slashes, "and"/"or", "&", "와"/"과", "및".
const KEYWORD_JOIN = String.raw`(?:\s*[,/&]\s*|\s+(?:and|or|및)\s+|\s*[와과]\s+)`;
const COMMA_JOIN = String.raw`\s*,\s*`;

const KEYWORD_LIST = `${LETTER}(?:${KEYWORD_JOIN}${LETTER})*`;
const COMMA_LIST = `${LETTER}(?:${COMMA_JOIN}${LETTER})*`;

const FORMS = [
  // Option A, Options B and D, 옵션 A, 선택지 B, 정답: C, 오답 D, Answer: A, 보기 C
  String.raw`(?<![A-Za-z])(?:Options?|Choices?|Answers?|옵션|선택지|정답|오답|보기)\s*:?\s*${KEYWORD_LIST}`,
  // A번, B, D번, A와 B번
  String.raw`(?<![A-Za-z0-9])${KEYWORD_LIST}\s*(?=번)`,
  // (A), (B, D)
  String.raw`\(\s*${COMMA_LIST}\s*\)`,
  // A), C, E) — but not "(SSE-A)" or "x/A)"
  String.raw`(?<![A-Za-z0-9(\-_/.])${COMMA_LIST}\)`,
];

const OPTION_REFERENCE = new RegExp(FORMS.join('|'), 'g');
const BARE_LETTER = /(?<![A-Za-z])[A-F](?![A-Za-z])/g;

/** Replaces every option letter the text names by its new letter; letters absent from the map stay. */
export function relabelText(text: string, newLabelOf: Readonly<Record<string, string>>): string {
  // One pass with a callback, so A→B and B→A swap instead of cascading.
  return text.replace(OPTION_REFERENCE, (reference) =>
    reference.replace(BARE_LETTER, (letter) => newLabelOf[letter] ?? letter),
  );
}

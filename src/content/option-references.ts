/**
 * The one vocabulary of option references: the words that mark a letter as an option ("옵션 B", "Why not
 * B?"), the Korean particles that may follow it, and where in a text each reference sits. The parser reads
 * explanation labels with these words; the quiz swaps the spans found here when options are shuffled, so a
 * form the parser understands is a form the display relabels.
 */

/** Words before a letter that make it an option: "Option B", "옵션 B", "보기 C", "Choices A and D". */
export const MARKER_WORDS = String.raw`options?|opt\.?|choices?|옵션|선택지|보기`;
/** Verdict words that may lead a label: "오답 B", "Wrong: B", "Why not B?", "정답 C". */
export const VERDICT_WORDS = String.raw`오답|정답|답|틀린|올바른|wrong|incorrect|correct|answers?|why\s+not`;
/** The counter that names a numbered choice: "A번". */
export const COUNTER = '번';
/**
 * Korean nouns a letter may carry after it, glued or spaced, to say it is a choice: "B옵션", "B 선택지", "B안",
 * "B번", "B항". Each may take a particle ("B안이", "B옵션은") but never more letters ("B안전", "B번째" are words).
 */
export const LABEL_NOUNS = `옵션|선택지|보기|${COUNTER}|항목|항|안`;
/** Particles that join two labels: "A와 C", "A 및 C". */
export const JOINING_PARTICLES = '와과';
/** Particles that make a label the subject or object of a sentence: "B는 …", "C가 틀린 이유", "D를", "C만". */
export const SUBJECT_PARTICLES = '는은가이를을의도만';
/** Every particle that may follow a label directly, as in "A입니다" (the copula too). */
export const LABEL_PARTICLES = `${COUNTER}${JOINING_PARTICLES}${SUBJECT_PARTICLES}입`;
/** The end of a marker or verdict word: not followed by more letters, except a glued option letter ("옵션B", "오답C"). */
export const WORD_END = String.raw`(?=$|[^\p{L}]|[A-F](?![A-Za-z\d]))`;

// A label noun after a letter ends at a particle or at anything but a letter.
const NOUN_AFTER_LETTER = new RegExp(String.raw`^[ \t]?(?:${LABEL_NOUNS})(?=[${JOINING_PARTICLES}${SUBJECT_PARTICLES}입]|$|[^\p{L}])`, 'u');

/** How many characters of a label noun ("옵션", " 선택지", "안") follow a letter at `at`; 0 when none does. */
export function labelNounLength(text: string, at: number): number {
  return NOUN_AFTER_LETTER.exec(text.slice(at, at + 8))?.[0].length ?? 0;
}

/** Where one option reference sits in a text, and the original labels it names ("B~D" names B, C and D). */
export interface OptionReference {
  /** Offset of the first character of the letter (or range) in the text. */
  start: number;
  /** Offset just past it. */
  end: number;
  labels: string[];
  /** Written as a range ("B~D"), so several labels share one span. */
  range: boolean;
}

// The words match in any case ("OPTION B", "option B"); the letters only as capitals.
const caseless = (words: string) => words.replace(/\\.|[a-z]/g, (c) => (c.length > 1 ? c : `[${c}${c.toUpperCase()}]`));
const LETTER = '[A-F]';
const MARKER = caseless(MARKER_WORDS);
const ITEM = `[A-F](?:\\s*~\\s*[A-F])?(?![A-Za-z0-9])`;
// Lists after a keyword may be joined by commas, slashes, "and"/"or", "&", "와"/"과", "및", and may repeat
// the marker word: "옵션 B와 옵션 C".
const JOIN = String.raw`(?:\s*[,/&]\s*|\s+(?:and|or|및)\s+|\s*[${JOINING_PARTICLES}]\s+)(?:(?:${MARKER})\s+)?`;
const LIST = `${ITEM}(?:${JOIN}${ITEM})*`;
const COMMA_LIST = String.raw`${ITEM}(?:\s*[,/]\s*${ITEM})*`;

const KEYWORD = caseless(`${MARKER_WORDS}|${VERDICT_WORDS}`);

const FORMS = [
  // Option A, Options B and D, 옵션 B~D, 선택지 B, 정답: C, 오답 D, Answer: A, Why not B?
  String.raw`(?<![\p{L}])(?:${KEYWORD})\s*[:：\-–—]?\s*${LIST}`,
  // A번, A와 B번, B옵션, B 선택지, B안이 — a Latin word before it makes it prose ("Plan B안")
  String.raw`(?<![A-Za-z0-9_\-./]|[A-Za-z0-9][ \t])${LIST}(?=[ \t]?(?:${LABEL_NOUNS})(?:[${JOINING_PARTICLES}${SUBJECT_PARTICLES}입]|$|[^\p{L}]))`,
  // (A), (B, D), (옵션 B)
  String.raw`\(\s*(?:(?:${MARKER})\s*)?${COMMA_LIST}\s*\)`,
  // A), C, E) — but not "(SSE-A)" or "x/A)"
  String.raw`(?<![A-Za-z0-9(\-_/.])${COMMA_LIST}\)`,
  // [B] 중단될 수 있어 — but not a wiki link "[[A]]" or a Markdown link "[A](…)"
  String.raw`(?<!\[)\[\s*${COMMA_LIST}\s*\](?![\[(\]])`,
  // **A**는 …, **B, C** — a letter alone in bold
  String.raw`(?<=\*\*|__)${COMMA_LIST}(?=\*\*|__)`,
  // C가 틀린 이유, B는 … — a letter as the sentence's subject, unless a Latin word names it ("Plan A는")
  String.raw`(?<![A-Za-z0-9_\-./][ \t]?)${LETTER}(?=[${SUBJECT_PARTICLES}])`,
];

const REFERENCE = new RegExp(FORMS.join('|'), 'gu');
const ITEM_IN_REFERENCE = /(?<![A-Za-z])([A-F])(?:\s*~\s*([A-F]))?(?![A-Za-z])/g;

/** Every option reference in a text, in order, with its position; letters in prose ("Plan A", "A/B 테스트") are none. */
export function findOptionReferences(text: string): OptionReference[] {
  const references: OptionReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const at = match.index;
    // Keywords never yield a letter: a capital inside "Answer" or "Choice" is followed by a letter.
    for (const item of match[0].matchAll(ITEM_IN_REFERENCE)) {
      const first = item[1] as string;
      const last = item[2];
      const start = at + item.index;
      references.push({ start, end: start + item[0].length, labels: spanLabels(first, last), range: last !== undefined });
    }
  }
  return references;
}

function spanLabels(first: string, last: string | undefined): string[] {
  if (last === undefined || last <= first) return [first];
  const labels: string[] = [];
  for (let code = first.charCodeAt(0); code <= last.charCodeAt(0); code += 1) labels.push(String.fromCharCode(code));
  return labels;
}

/** How a set of labels is written back into a reference: one letter, a range when contiguous, else a list. */
export function writeLabels(labels: readonly string[], range: boolean): string {
  const sorted = [...new Set(labels)].sort();
  if (sorted.length === 1) return sorted[0] as string;
  const contiguous = sorted.every((label, i) => i === 0 || label.charCodeAt(0) === (sorted[i - 1] as string).charCodeAt(0) + 1);
  return range && contiguous ? `${sorted[0]}~${sorted[sorted.length - 1]}` : sorted.join(', ');
}

import { JOINING_PARTICLES, LABEL_PARTICLES, MARKER_WORDS, labelNounLength } from './option-references.ts';
import { MATCH_THRESHOLD, matchOptionByText, tokens, type LabelledText } from './text-match.ts';

/** What an answer line names: the labels in it (sorted, unique), or none when it names no option. */
export interface AnswerRead {
  labels: string[];
  /** How the labels were found: written as letters, or recognised from an option's text. */
  by: 'letter' | 'text' | 'none';
  /** What the line says after its leading labels (often the correct option's text, sometimes a summary). */
  rest: string;
}

const LETTER = /[A-F]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// More labels later in the line: "A) text, C) text" or "A) text and C) text".
// Nothing but labels, spaced or run together: "A C", "BD".
const MARKER_PREFIX = new RegExp(String.raw`^(?:${MARKER_WORDS})\s*`, 'i');
const LETTERS_ONLY = /^[A-F](?:\s?[A-F]){1,5}$/;
// Lower-case letters name options only when nothing else is on the line ("a, c") or a marker follows ("a) ...").
const LOWER_LABELS = /^\(?[a-f]\)?(?:\s*[,/]\s*\(?[a-f]\)?){0,5}\s*$|^\(?[a-f][).]\s/;
const LATER_LABEL = /(?:[,;+&]|\band\b|및|과|와)\s*\(?([A-F])\)\s/g;

/** Parses the text after "정답:" / "Answer:" into option labels, checking later labels against the options. */
export function readAnswer(text: string, options: LabelledText[]): AnswerRead {
  // Full-width forms typed with a Korean keyboard ("（D）", "Ｄ") read as their ASCII twins.
  const firstLine = (text.split('\n')[0] ?? '').normalize('NFKC').trim();
  const body = firstLine.replace(MARKER_PREFIX, '');
  if (LETTERS_ONLY.test(body)) {
    return { labels: sortUnique(body.replace(/\s/g, '').split('')), by: 'letter', rest: '' };
  }
  const lead = leadingLetters(body, LOWER_LABELS.test(body));
  if (lead.letters.length > 0) {
    const known = new Set(options.map((option) => option.label));
    const later = [...body.slice(lead.end).matchAll(LATER_LABEL)]
      .map((match) => match[1] ?? '')
      .filter((label) => known.has(label));
    const rest = body.slice(lead.end).trim();
    return { labels: sortUnique([...lead.letters, ...later]), by: 'letter', rest };
  }
  const byText = matchOptionByText(firstLine, options);
  return byText === null ? { labels: [], by: 'none', rest: firstLine } : { labels: [byText], by: 'text', rest: '' };
}

/** True when the answer line says more than the correct options' own words (a summary or a reason worth keeping). */
export function answerSaysMore(read: AnswerRead, options: LabelledText[]): boolean {
  const said = tokens(read.rest);
  if (said.length === 0 || read.labels.length === 0) return false;
  const correct = new Set(options.filter((option) => read.labels.includes(option.label)).flatMap((option) => tokens(option.text)));
  const shared = said.filter((word) => correct.has(word)).length;
  return shared / said.length < MATCH_THRESHOLD;
}

/**
 * Reads "C", "(C)", "C)", "A, C", "A/C", "A and C", "A, C)" at the start of a text; lower-case letters too
 * when `caseless` (the caller knows a label is meant), returned upper-case.
 */
export function leadingLetters(text: string, caseless = false): { letters: string[]; end: number } {
  const letters: string[] = [];
  let i = 0;
  let end = 0;
  for (;;) {
    let j = skipSpaces(text, i);
    if (text[j] === '(' || text[j] === '[') j += 1;
    const letter = caseless ? text[j]?.toUpperCase() : text[j];
    const next = text[j + 1] ?? '';
    // Korean particles may follow a label directly ("A번", "A와 C", "B는"); other letters make it a word.
    // A label noun may too, glued or spaced ("B옵션", "B안", "B 선택지").
    const joined =
      (WORD_CHAR.test(next) && !LABEL_PARTICLES.includes(next) && labelNounLength(text, j + 1) === 0) ||
      (next === '-' && WORD_CHAR.test(text[j + 2] ?? ''));
    if (letter === undefined || !LETTER.test(letter) || joined) break;
    letters.push(letter);
    j += 1;
    if (text[j] === ')' || text[j] === ']' || text[j] === '.') j += 1;
    j += labelNounLength(text, j);
    end = j;
    const at = skipSpaces(text, j);
    const range = text[at] === '~' ? text[skipSpaces(text, at + 1)] : undefined;
    if (range !== undefined && LETTER.test(range) && range > letter) {
      // "B~D": every label from B to D.
      for (let code = letter.charCodeAt(0) + 1; code <= range.charCodeAt(0); code += 1) letters.push(String.fromCharCode(code));
      end = skipSpaces(text, at + 1) + 1;
      const sepAfter = separatorLength(text, skipSpaces(text, end));
      if (sepAfter === 0) break;
      i = skipMarkerWord(text, skipSpaces(text, end) + sepAfter);
      continue;
    }
    const sep = separatorLength(text, at);
    if (sep === 0) break;
    i = skipMarkerWord(text, at + sep);
  }
  return { letters, end };
}

// "옵션 B와 옵션 C": the marker word may be repeated before each label.
const MARKER_BETWEEN = new RegExp(String.raw`^\s*(?:${MARKER_WORDS})(?:\s+|(?=[A-F](?![A-Za-z\d])))`, 'iu');

function skipMarkerWord(text: string, from: number): number {
  const match = text.slice(from, from + 12).match(MARKER_BETWEEN);
  return from + (match?.[0].length ?? 0);
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i += 1;
  return i;
}

function separatorLength(text: string, at: number): number {
  const char = text[at];
  if (char === ',' || char === '/' || char === '&' || char === '+' || char === '、' || char === '·') return 1;
  if (text.startsWith('and ', at)) return 3;
  if (text.startsWith('및', at) || JOINING_PARTICLES.includes(text[at] ?? '-')) return 1;
  return 0;
}

/** Sorted labels without repeats. */
export function sortUnique(labels: string[]): string[] {
  return [...new Set(labels)].sort();
}

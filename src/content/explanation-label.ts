import { leadingLetters, sortUnique } from './answers.ts';
import { LABEL_NOUNS, MARKER_WORDS, SUBJECT_PARTICLES, VERDICT_WORDS, WORD_END } from './option-references.ts';
import { matchOptionsByText, type LabelledText } from './text-match.ts';

/** Which options an explanation bullet's label names, and how sure that is. */
export interface BulletLabel {
  labels: string[];
  /** The label says nothing but which option it is ("A번", "Option A"), so it can be dropped from the text. */
  pure: boolean;
  /** The label named letters with a marker ("Option", "옵션", "A)", "A번"), not bare words. */
  explicit: boolean;
}

const NONE: BulletLabel = { labels: [], pure: false, explicit: false };
// A verdict or marker word may be followed by a colon or dash before the letter ("Wrong: B", "Incorrect - Option
// B"), or glued to it ("옵션B", "오답C").
const VERDICT = new RegExp(String.raw`^(?:${VERDICT_WORDS})${WORD_END}[\s:：\-–—]*`, 'iu');
const MARKER_WORD = new RegExp(String.raw`^(?:${MARKER_WORDS})${WORD_END}[\s-]*`, 'iu');
// What may follow the letters and still leave a pure label: "B번", "B 선택지", "B번 오답", "B (오답)", "B: 오답", "B is wrong".
const AFTER_LETTERS = new RegExp(
  String.raw`^(?:(?:${MARKER_WORDS}|${LABEL_NOUNS})(?![\p{L}])\s*)?(?:[:：\-–—]?\s*\(?(?:오답|정답|wrong|incorrect|correct)\)?(?![\p{L}])|(?:is|was)\s+(?:not\s+)?(?:wrong|incorrect|correct|right)(?![\p{L}]))?\s*`,
  'iu',
);
// Emoji and other symbols that decorate a label inside the bold: "❌ B", "🔴 Option B", "Option B ❌".
const DECORATION = /^[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+/u;
const TRAILING_DECORATION = /[\p{Extended_Pictographic}\p{So}\uFE0F\u200D\s]+$/u;
const PARTICLE = new RegExp(`^[${SUBJECT_PARTICLES}]`);
// A lower-case letter counts only when marked as a label: "b)", "(b)".
const LOWER_MARKED = /^\(?[a-f]\)/;
// Labels are short; a longer bold run is prose, and the cap keeps every pattern below linear.
const MAX_LABEL = 200;
const MARKER_AFTER = new RegExp(`^(?:${MARKER_WORDS})`, 'i');
// What, read with the letters, marks them as labels: "B)", "[B]", "B.", "B번", "B옵션", "B안".
const MARK_IN_LEAD = new RegExp(`[)\\].]|${LABEL_NOUNS}`);
const TRAILING = new RegExp(String.raw`\((?:${MARKER_WORDS})?\s*([A-F](?:\s*[,/]\s*[A-F]){0,5})\)\s*$`, 'i');

/** Resolves a bullet label ("A번", "Option B, C", "[오답 옵션 A]", "Amazon Rekognition (D)", option text) to option labels. */
export function resolveBulletLabel(raw: string, options: LabelledText[]): BulletLabel {
  if (raw.length > MAX_LABEL) return NONE;
  // Full-width forms typed with a Korean keyboard ("（B）", "Ｂ") read as their ASCII twins.
  let text = trimLabel(raw.normalize('NFKC').replace(DECORATION, '').replace(TRAILING_DECORATION, ''));
  if (text.startsWith('[') && text.endsWith(']')) text = trimLabel(text.slice(1, -1));
  let marked = false;
  for (const pattern of [VERDICT, MARKER_WORD]) {
    const match = text.match(pattern);
    if (match !== null && match[0] !== '') {
      marked = true;
      text = text.slice(match[0].length);
    }
  }
  const lead = leadingLetters(text, marked || LOWER_MARKED.test(text));
  if (lead.letters.length > 0) {
    const rest = text.slice(lead.end).trim().replace(AFTER_LETTERS, '');
    // A particle right after the letter makes it the sentence's subject: "B는 ...", "B가 틀린 이유".
    const markedHere = marked || MARK_IN_LEAD.test(text.slice(0, lead.end)) || PARTICLE.test(text.slice(lead.end)) || MARKER_AFTER.test(text.slice(lead.end).trim());
    const bareOk = rest === '' || rest.startsWith('(') || rest.startsWith('-') || rest.startsWith(':');
    if (markedHere || bareOk) {
      return { labels: sortUnique(lead.letters), pure: rest === '', explicit: markedHere };
    }
  }
  const trailing = text.match(TRAILING);
  if (trailing?.[1] !== undefined) {
    const letters = trailing[1].toUpperCase().split(/\s*[,/]\s*/);
    return { labels: sortUnique(letters), pure: false, explicit: true };
  }
  const byText = matchOptionsByText(text, options);
  return byText.length === 0 ? NONE : { labels: byText, pure: false, explicit: false };
}

function trimLabel(text: string): string {
  let end = text.length;
  while (end > 0 && ' \t\n:：-–—?'.includes(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end).trim();
}

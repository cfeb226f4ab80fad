/** What a heading announces, judged by its words (never by its emoji). */
export type HeadingKind = 'question' | 'flow' | 'explanation' | 'other';

/** Lower-cases a heading and drops emoji, punctuation and numbering so only its words remain. */
export function normaliseHeading(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/^\s*\d+(\s+\d+)*\s+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const QUESTION = /(?:^|\s)(?:관련|연습|예상|예제|기출|확인|실전|샘플)\s*문제|^문제(?:들)?(?:\s*\d+)?$|^q\s*\d+$|(?:^|\s)questions?(?:\s|$)/u;
const FLOW = /(^|\s)(architecture\s+)?flow(s)?($|\s)|플로우|흐름도/u;
const EXPLANATION = /^(additional\s+)?explanations?$|^(추가\s*)?(설명|해설)$|^오답\s*(분석|해설|설명)$|^answer\s+explanations?$/u;

/** Classifies a heading's text as the question section, the flow section, an explanation label, or other. */
export function classifyHeading(text: string): HeadingKind {
  const words = normaliseHeading(text);
  if (QUESTION.test(words)) return 'question';
  if (FLOW.test(words)) return 'flow';
  if (EXPLANATION.test(words)) return 'explanation';
  return 'other';
}

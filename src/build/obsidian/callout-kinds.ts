/**
 * Obsidian's callout types and their aliases (`[!faq]` is a question, `[!tldr]` an abstract …). An unknown
 * type is drawn as a note, as Obsidian draws it, but keeps the title it was written with.
 */
const ALIASES: Record<string, string[]> = {
  note: [],
  abstract: ['summary', 'tldr'],
  info: [],
  todo: [],
  tip: ['hint', 'important'],
  success: ['check', 'done'],
  question: ['help', 'faq'],
  warning: ['caution', 'attention'],
  failure: ['fail', 'missing'],
  danger: ['error'],
  bug: [],
  example: [],
  quote: ['cite'],
};

const KIND = new Map(Object.entries(ALIASES).flatMap(([kind, aliases]) => [[kind, kind], ...aliases.map((a) => [a, kind] as const)]));

/** The kind (colour and icon) of a callout type as written, case-insensitively. */
export function calloutKind(type: string): string {
  return KIND.get(type.toLowerCase()) ?? 'note';
}

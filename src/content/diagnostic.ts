/**
 * Every content problem examflow reports, by code. The English text here is what `content:check` prints and
 * what the JSON report's `message` holds; the app shows the same code in the interface language
 * (src/i18n/messages/diagnostics.ts), so a diagnostic carries its code and arguments, never only prose.
 */

/** The English message of each diagnostic code; `{name}` is filled from the diagnostic's arguments. */
export const DIAGNOSTIC_MESSAGES = {
  'frontmatter-unclosed': 'Frontmatter opened with "---" is never closed',
  'frontmatter-broken': 'Broken YAML frontmatter: {detail}',
  'frontmatter-not-mapping': 'Frontmatter is not a YAML mapping',
  'parse-failed': 'The parser could not read this note ({reason}); it is shown as plain text',
  'slug-duplicate': 'Duplicate slug: {file} would have the same URL as {other}; it is served as "{slug}"',
  'slug-shortened': 'File name is {bytes} bytes, more than a built file name can take; the note is served as "{slug}"',
  'tag-too-deep': 'Tag "{tag}" has {depth} levels; only the first {max} are kept',
  'tag-too-long': 'Tag "{tag}" is {length} characters long; only the first {max} are kept',
  'option-repeated': 'Option {label} appears more than once; the first one is kept',
  'stem-missing': 'Question has no stem',
  'options-missing': 'Question has no options (expected lines like "A) ...")',
  'answer-missing': 'Question has no answer line (expected "**정답: C) ...**")',
  'answer-names-no-option': 'Answer line names no option: "{text}"',
  'answer-not-an-option': 'Answer {label} is not among the options ({options})',
  'answer-count-unstated': 'Question has {count} correct answers but its stem does not say how many to choose',
  'wrong-option-unexplained': 'Wrong option {label} has no explanation',
  'explanation-unknown-option': 'Explanation names option {label}, which the question does not have',
  'link-broken': 'Broken link: no note "{target}" in the vault',
  'embed-note-broken': 'Broken embed: no note "{target}" in the vault',
  'embed-file-broken': 'Broken embed: no file "{target}" in the vault',
  'diagram-unread': 'Flow diagram not drawn ({reason}); it is shown as written',
} as const;

/** The code of a content problem, one per kind of problem. */
export type DiagnosticCode = keyof typeof DIAGNOSTIC_MESSAGES;

/** The values a diagnostic's message is filled with. */
export type DiagnosticArgs = Record<string, string | number>;

/** Fills a message's `{name}` (and `{name|을/를}`, whose particle English ignores) from the arguments. */
export function fillMessage(template: string, args: DiagnosticArgs): string {
  return template.replace(/\{(\w+)(?:\|[^{}]*)?\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** A diagnostic of the given code, with its English message filled in. */
export function diagnostic<S extends 'error' | 'warning'>(severity: S, line: number, code: DiagnosticCode, args: DiagnosticArgs = {}) {
  return { severity, line, code, args, message: fillMessage(DIAGNOSTIC_MESSAGES[code], args) };
}

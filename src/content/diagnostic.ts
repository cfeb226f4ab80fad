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
  'mermaid-kind-undrawn': 'Mermaid diagram of kind "{kind}" cannot be drawn; it is shown as its source',
  'mermaid-undrawn': 'Mermaid {kind} diagram not drawn ({reason}); it is shown as its source',
  'blueprint-yaml-broken': 'Broken YAML: {detail}',
  'blueprint-not-mapping': 'The file must be a mapping with "exam" and "domains"',
  'blueprint-key-unknown': 'Unknown key "{key}" in {where} (known keys: {known})',
  'blueprint-field-missing': '"{field}" is missing',
  'blueprint-field-text': '"{field}" must be text, not {value}',
  'blueprint-field-number': '"{field}" must be a whole number from {min} to {max}, not {value}',
  'blueprint-field-weight': '"{field}" must be a percentage above 0 and at most 100 (20 or "20%"), not {value}',
  'blueprint-field-list': '"{field}" must be a list with at least one entry, not {value}',
  'blueprint-field-mapping': '"{field}" must be a mapping (key: value lines), not {value}',
  'blueprint-scale-empty': 'The scale runs from {min} to {max}: its min must be below its max',
  'blueprint-pass-mark-off-scale': 'The pass mark {mark} is outside the scale {min}–{max}',
  'blueprint-weights-sum': 'Domain weights add up to {sum}, not 100; each domain gets its weight in proportion',
  'blueprint-domain-repeated': 'Domain "{domain}" is named twice',
  'blueprint-tag-repeated': 'Tag "{tag}" is in both "{first}" and "{second}"; it counts for both, and a note belongs to the domain that claims most of its tags',
  'blueprint-tag-unknown': 'Tag "{tag}" of domain "{domain}" is on no note',
  'blueprint-domain-empty': 'Domain "{domain}" has no questions: none of its tags is on a note with questions',
  'blueprint-questions-outside': '{count} questions in {notes} notes belong to no domain and are never drawn for an exam (first: {file})',
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

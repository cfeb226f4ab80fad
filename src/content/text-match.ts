/** An option as far as text matching cares: its label and its Markdown text. */
export interface LabelledText {
  label: string;
  text: string;
}

// Words every AWS option shares; they say nothing about which option is meant.
const STOP = new Set(['amazon', 'aws', 'the', 'a', 'an', 'of', 'to', 'and', 'or', 'with', 'for', 'in', 'on', 'use', 'using']);

/** Lower-case word tokens of a text, Markdown punctuation and filler words removed. */
export function tokens(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !STOP.has(word));
}

/** The minimum weighted share of a label's telling words an option must contain to be chosen. */
export const MATCH_THRESHOLD = 0.6;
/** The minimum plain share of all the label's words found in the option, so one lucky word never decides. */
export const MIN_COVERAGE = 0.34;

/**
 * The label of the option a text names: the one option whose normalised text equals it, else the option that
 * holds the most of its telling words (weighted by how few options share each word; words no option has are
 * ignored), when that share reaches MATCH_THRESHOLD and no other option scores the same. Null otherwise.
 */
export function matchOptionByText(text: string, options: LabelledText[]): string | null {
  const wanted = [...new Set(tokens(text))];
  if (wanted.length === 0 || options.length === 0) return null;
  const optionTokens = options.map((option) => new Set(tokens(option.text)));
  const key = tokens(text).join(' ');
  const exact = options.filter((option) => tokens(option.text).join(' ') === key);
  if (exact.length === 1) return exact[0]?.label ?? null;
  if (exact.length > 1) return null;
  const weight = new Map<string, number>();
  for (const word of wanted) {
    const df = optionTokens.filter((have) => have.has(word)).length;
    // A word in every option, or in none, cannot tell options apart.
    if (df > 0 && df < options.length) weight.set(word, Math.log(1 + options.length / df));
  }
  const total = [...weight.values()].reduce((sum, value) => sum + value, 0);
  if (total === 0) return null;
  const scored = options
    .map((option, index) => {
      const have = optionTokens[index] ?? new Set<string>();
      const shared = wanted.filter((word) => have.has(word));
      const score = shared.reduce((sum, word) => sum + (weight.get(word) ?? 0), 0) / total;
      return { label: option.label, score, coverage: shared.length / wanted.length };
    })
    .sort((a, b) => b.score - a.score || b.coverage - a.coverage);
  const [best, second] = scored;
  if (best === undefined || best.score < MATCH_THRESHOLD || best.coverage < MIN_COVERAGE) return null;
  if (second !== undefined && second.score === best.score && second.coverage === best.coverage) return null;
  return best.label;
}

/** Like `matchOptionByText`, and when the whole text fits no option, "X/Y" may name one option per part. */
export function matchOptionsByText(text: string, options: LabelledText[]): string[] {
  const whole = matchOptionByText(text, options);
  if (whole !== null) return [whole];
  const parts = text.split('/').map((part) => part.trim()).filter((part) => part !== '');
  if (parts.length < 2) return [];
  const labels = parts.map((part) => matchOptionByText(part, options));
  if (labels.some((label) => label === null)) return [];
  const unique = [...new Set(labels as string[])];
  return unique.length === parts.length ? unique.sort() : [];
}

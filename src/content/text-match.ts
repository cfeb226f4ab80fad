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

/** The minimum share of a label's words an option must contain to be chosen. */
export const MATCH_THRESHOLD = 0.6;

/**
 * The label of the option whose text the given text names (exact after normalising, else the option that
 * covers the most of its words, at least MATCH_THRESHOLD), or null when none or several fit equally.
 */
export function matchOptionByText(text: string, options: LabelledText[]): string | null {
  const wanted = tokens(text);
  if (wanted.length === 0) return null;
  const key = wanted.join(' ');
  const exact = options.filter((option) => tokens(option.text).join(' ') === key);
  if (exact.length === 1) return exact[0]?.label ?? null;
  if (exact.length > 1) return null;
  const wantedSet = new Set(wanted);
  const scored = options
    .map((option) => {
      const have = new Set(tokens(option.text));
      let shared = 0;
      for (const word of wantedSet) if (have.has(word)) shared += 1;
      const coverage = shared / wantedSet.size;
      const jaccard = shared / (wantedSet.size + have.size - shared);
      return { label: option.label, coverage, jaccard };
    })
    .sort((a, b) => b.coverage - a.coverage || b.jaccard - a.jaccard);
  const [best, second] = scored;
  if (best === undefined || best.coverage < MATCH_THRESHOLD) return null;
  if (second !== undefined && second.coverage === best.coverage && second.jaccard === best.jaccard) return null;
  return best.label;
}

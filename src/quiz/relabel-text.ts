/**
 * Rewrites the option letters a text names after options were re-lettered, so the letters never mislead.
 * Which letters name an option is decided once, by content/option-references (the parser's vocabulary):
 * this file only swaps the spans found there.
 */
import { findOptionReferences, writeLabels } from '../content/option-references';

/** Replaces every option letter the text names by its new letter; letters absent from the map stay. */
export function relabelText(text: string, newLabelOf: Readonly<Record<string, string>>): string {
  let relabelled = '';
  let at = 0;
  // One pass over the spans, so A→B and B→A swap instead of cascading.
  for (const reference of findOptionReferences(text)) {
    const labels = reference.labels.map((label) => newLabelOf[label] ?? label);
    relabelled += text.slice(at, reference.start) + writeLabels(labels, reference.range);
    at = reference.end;
  }
  return relabelled + text.slice(at);
}

/** Like {@link relabelText}, for the build's HTML: only the text between tags is rewritten, never markup. */
export function relabelHtml(html: string, newLabelOf: Readonly<Record<string, string>>): string {
  return html.replace(/>([^<]+)</g, (_, text: string) => `>${relabelText(text, newLabelOf)}<`);
}

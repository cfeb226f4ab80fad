/** Cuts a short excerpt around the matched words of a note and marks where they are. */

/** An excerpt with the character ranges `[start, end)` of the matched words inside it. */
export interface Snippet {
  text: string;
  highlights: [number, number][];
}

/** A literal to highlight; Latin words only count where a word starts, so "ml" skips "html". */
export interface Needle {
  text: string;
  wordStart: boolean;
}

/** Characters of excerpt shown per result. */
export const SNIPPET_CHARS = 160;

// How much text to keep before the first match, so the match reads in context.
const LEAD_IN = 40;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Finds every occurrence of the needles in a text, case-insensitively, as merged ranges. */
export function findHighlights(text: string, needles: Needle[]): [number, number][] {
  const haystack = text.toLowerCase();
  // Lowercasing a few rare characters changes the length; offsets would then point at the wrong text.
  if (haystack.length !== text.length) return [];
  const ranges: [number, number][] = [];
  for (const needle of needles) {
    const word = needle.text.toLowerCase();
    if (!word) continue;
    for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1)) {
      if (needle.wordStart && at > 0 && WORD_CHAR.test(haystack[at - 1] ?? '')) continue;
      ranges.push([at, at + word.length]);
    }
  }
  return mergeRanges(ranges);
}

/** Sorts ranges and joins those that overlap or touch. */
export function mergeRanges(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Picks the passage matching the most needles and cuts a window of it around the first match. */
export function makeSnippet(passages: string[], needles: Needle[], size = SNIPPET_CHARS): Snippet {
  let best = { text: passages[0] ?? '', highlights: [] as [number, number][], score: 0 };
  for (const text of passages) {
    const highlights = findHighlights(text, needles);
    const score = new Set(highlights.map(([s, e]) => text.slice(s, e).toLowerCase())).size;
    if (score > best.score) best = { text, highlights, score };
  }
  return cutWindow(best.text, best.highlights, size);
}

function cutWindow(text: string, highlights: [number, number][], size: number): Snippet {
  if (text.length <= size) return { text, highlights };
  const first = highlights[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - LEAD_IN, text.length - size));
  // Start on a word boundary when one is near, so the excerpt does not open mid-word.
  const space = text.indexOf(' ', start);
  if (start > 0 && space !== -1 && space < first && space - start < 15) start = space + 1;
  const end = Math.min(text.length, start + size);
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  const inside = highlights
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]): [number, number] => [s + shift, e + shift]);
  return { text: prefix + text.slice(start, end) + suffix, highlights: inside };
}

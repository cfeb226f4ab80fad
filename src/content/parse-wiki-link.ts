/** Reads the inside of an Obsidian `[[...]]` link. */

/** The parts of a wiki link: the note it names, an optional heading, and the text to show. */
export interface WikiLink {
  /** The note named, as written (slug, file name or alias); empty for `[[#heading]]`. */
  target: string;
  heading: string | null;
  /** What the reader sees: the `|text` part, else the target (with its heading after " › "). */
  text: string;
}

/** Splits `target#heading|text` into its parts; returns null when nothing is left to show. */
export function parseWikiLink(inner: string): WikiLink | null {
  const bar = inner.indexOf('|');
  const ref = (bar === -1 ? inner : inner.slice(0, bar)).trim();
  const label = bar === -1 ? '' : inner.slice(bar + 1).trim();
  const hash = ref.indexOf('#');
  const target = (hash === -1 ? ref : ref.slice(0, hash)).trim();
  const heading = hash === -1 ? null : ref.slice(hash + 1).trim() || null;
  const fallback = [target, heading].filter(Boolean).join(' › ');
  const text = label || fallback;
  return text ? { target, heading, text } : null;
}

/** Cleans a tag as written: no `#`, no blank segments or stray spaces around slashes. */
export function normalizeTag(tag: string): string {
  return tag
    .normalize('NFC')
    .replace(/^#/, '')
    .split('/')
    .map((segment) => segment.trim())
    .filter(Boolean)
    .join('/');
}

/**
 * Whether a note's tag is the given tag or nested under it (tags compare case-insensitively). The one
 * rule for "notes of a tag": tag pages list and tag quizzes ask the same notes.
 */
export function tagMatches(noteTag: string, tag: string): boolean {
  return keyMatches(tagKey(noteTag), tagKey(tag));
}

// Tags repeat across notes: a build pre-renders every tag page, each reading every note's tags, and
// normalising the same few hundred spellings hundreds of thousands of times was most of the tag pages' time.
const keys = new Map<string, string>();
const MAX_KEYS = 10_000;

/** A tag as tags compare: normalised and lower-cased (remembered, as the same spellings come back). */
export function tagKey(tag: string): string {
  let key = keys.get(tag);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = normalizeTag(tag).toLowerCase();
    keys.set(tag, key);
  }
  return key;
}

/** {@link tagMatches} on two {@link tagKey}s: the same tag, or `noteKey` nested under `key`. */
export function keyMatches(noteKey: string, key: string): boolean {
  return key !== '' && (noteKey === key || noteKey.startsWith(`${key}/`));
}

/** The most levels a tag keeps (`a/b/c` has three): every level is a breadcrumb link and a tree node. */
export const MAX_TAG_DEPTH = 10;

/** The most characters a tag keeps: it is a chip, a URL and a heading, never a paragraph. */
export const MAX_TAG_LENGTH = 100;

/** A tag cut to the bounds, and what was cut: levels past MAX_TAG_DEPTH, then characters past MAX_TAG_LENGTH. */
export interface BoundedTag {
  tag: string;
  depth: number | null;
  length: number | null;
}

/**
 * Bounds a normalised tag at read time. 20,000 nested levels once took 17 s to draw (each breadcrumb
 * repeats the levels above it) and 50,000 crashed the tab; a 5,000-character tag drew a chip 3,000 px tall.
 */
export function boundTag(tag: string): BoundedTag {
  const segments = tag.split('/');
  const depth = segments.length > MAX_TAG_DEPTH ? segments.length : null;
  const kept = depth === null ? tag : segments.slice(0, MAX_TAG_DEPTH).join('/');
  const chars = [...kept];
  const length = chars.length > MAX_TAG_LENGTH ? [...tag].length : null;
  const cut = length === null ? kept : chars.slice(0, MAX_TAG_LENGTH).join('').replace(/\/+$/, '');
  return { tag: cut, depth, length };
}

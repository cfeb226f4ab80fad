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
  const a = normalizeTag(noteTag).toLowerCase();
  const b = normalizeTag(tag).toLowerCase();
  return b !== '' && (a === b || a.startsWith(`${b}/`));
}

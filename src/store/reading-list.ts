/**
 * The list a reader opened a note from (all notes, a tag, search results), so the note page can offer the
 * previous and next note of that list. The URL names the list (`?in=tag:x`); the notes in it live in
 * session storage, which survives a reload of the tab but is never shared with another tab.
 */
import type { NoteLink } from '../content/note-module';

/** An ordered list of notes and the name it goes by in the URL: `notes`, `tag:<tag>` or `search:<query>`. */
export interface ReadingList {
  key: string;
  notes: NoteLink[];
}

/** Where a note stands in a list: the notes before and after it, its 0-based place and the list's length. */
export interface ListNeighbours {
  previous: NoteLink | null;
  next: NoteLink | null;
  index: number;
  total: number;
}

/** What a list's key says about it, for its label. */
export type ListKind = { kind: 'notes' } | { kind: 'tag'; tag: string } | { kind: 'search'; query: string };

const STORAGE_KEY = 'examflow-reading-list';

/** The key of the list of all notes. */
export const ALL_NOTES_LIST = 'notes';

/** The key of a tag's list of notes. */
export function tagListKey(tag: string): string {
  return `tag:${tag}`;
}

/** The key of the results of a search. */
export function searchListKey(query: string): string {
  return `search:${query.trim()}`;
}

/** Reads a list key back into what it names, or null for a key no list page writes. */
export function readListKey(key: string): ListKind | null {
  if (key === ALL_NOTES_LIST) return { kind: 'notes' };
  if (key.startsWith('tag:') && key.length > 4) return { kind: 'tag', tag: key.slice(4) };
  if (key.startsWith('search:') && key.length > 7) return { kind: 'search', query: key.slice(7) };
  return null;
}

/** The neighbours of `slug` in `list`, or null when the note is not in it. */
export function neighboursIn(list: ReadingList, slug: string): ListNeighbours | null {
  const index = list.notes.findIndex((note) => note.slug === slug);
  if (index === -1) return null;
  return { previous: list.notes[index - 1] ?? null, next: list.notes[index + 1] ?? null, index, total: list.notes.length };
}

/** Checks a stored value is a reading list; storage is never trusted (an old build, another app). */
export function parseReadingList(value: unknown): ReadingList | null {
  if (typeof value !== 'object' || value === null) return null;
  const { key, notes } = value as Record<string, unknown>;
  if (typeof key !== 'string' || !Array.isArray(notes)) return null;
  const links = notes.filter(
    (note): note is NoteLink => typeof note === 'object' && note !== null && typeof note.slug === 'string' && typeof note.title === 'string',
  );
  return links.length === notes.length ? { key, notes: links.map(({ slug, title }) => ({ slug, title })) } : null;
}

/** Remembers the list the reader is opening a note from; a full or refused storage only loses the aid. */
export function saveReadingList(list: ReadingList): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(list));
  } catch {
    // Private windows and full storage refuse: the note page falls back to the default order.
  }
}

/** The remembered list named `key`, or null when the tab remembers another list or none. */
export function loadReadingList(key: string): ReadingList | null {
  try {
    const list = parseReadingList(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
    return list?.key === key ? list : null;
  } catch {
    return null;
  }
}

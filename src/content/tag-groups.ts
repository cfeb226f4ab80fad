import type { NoteSummary } from './note-summary';

/** Notes sharing one tag, for the home page's grouped list. */
export interface TagGroup {
  tag: string | null;
  notes: NoteSummary[];
}

/**
 * Groups notes under each of their tags (a note with three tags appears in three groups), largest
 * group first, untagged notes last under a `null` tag.
 */
export function groupByTag(notes: NoteSummary[]): TagGroup[] {
  const groups = new Map<string, NoteSummary[]>();
  const untagged: NoteSummary[] = [];
  for (const note of notes) {
    if (note.tags.length === 0) untagged.push(note);
    for (const tag of note.tags) {
      const list = groups.get(tag) ?? [];
      list.push(note);
      groups.set(tag, list);
    }
  }
  const sorted: TagGroup[] = [...groups.entries()]
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))
    .map(([tag, list]) => ({ tag, notes: list }));
  return untagged.length ? [...sorted, { tag: null, notes: untagged }] : sorted;
}

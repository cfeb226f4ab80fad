import type { NoteSummary } from './note-summary.ts';
import type { Note } from './types.ts';
import { compareText } from './text-order.ts';

/** How many notes the home page lists as recently updated. */
export const RECENT_NOTES = 10;

/** How many of the most used tags the home page groups notes by; the tags page lists them all. */
export const HOME_TAGS = 30;

/** A tag and how many notes carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

/**
 * What the home page needs before it is usable: counts, tags with their note counts and a few recent
 * notes. It grows with the number of tags, not of notes, so the home page stays light on any vault.
 */
export interface HomeData {
  noteCount: number;
  questionCount: number;
  untaggedCount: number;
  /** How many distinct tags the vault has. */
  tagCount: number;
  /** The most used tags, at most HOME_TAGS of them. */
  tags: TagCount[];
  recent: NoteSummary[];
}

/** Counts notes per tag, most used first, ties by name. */
export function countTags(notes: readonly Pick<NoteSummary, 'tags'>[]): TagCount[] {
  const counts = new Map<string, number>();
  for (const note of notes) for (const tag of new Set(note.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || compareText(a.tag, b.tag));
}

/** Builds the home page's data from the parsed notes and their summaries (same order). */
export function buildHomeData(notes: readonly Note[], summaries: readonly NoteSummary[]): HomeData {
  const byRecency = summaries
    .map((summary, i) => ({ summary, modified: notes[i]?.modified ?? notes[i]?.created ?? '' }))
    .sort((a, b) => compareText(b.modified, a.modified) || compareText(a.summary.title, b.summary.title));
  const tags = countTags(summaries);
  return {
    noteCount: summaries.length,
    questionCount: summaries.reduce((sum, s) => sum + s.questionCount, 0),
    untaggedCount: summaries.filter((s) => s.tags.length === 0).length,
    tagCount: tags.length,
    tags: tags.slice(0, HOME_TAGS),
    recent: byRecency.slice(0, RECENT_NOTES).map((entry) => entry.summary),
  };
}

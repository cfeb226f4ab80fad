/**
 * The notes list's filters and view, kept in the URL query (`?status=wrong&tag=aws/s3&view=folders`) so they
 * survive a reload and the back button: read from the query, written back to it, applied to summaries.
 */
import type { NoteStatus } from './question-status';

/** Which notes a status filter keeps. */
export const STATUS_FILTERS = ['untried', 'wrong', 'right', 'flagged'] as const;

/** A status to filter notes by. */
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** How the notes are laid out: one list by title, or the vault's folders. */
export type NotesView = 'list' | 'folders';

/** The notes list's filters and view. */
export interface NoteFilters {
  status: StatusFilter | null;
  tag: string | null;
  view: NotesView;
}

/** The filters a URL query asks for; unknown values are dropped rather than filtering everything out. */
export function readNoteFilters(query: URLSearchParams): NoteFilters {
  const status = query.get('status');
  const tag = query.get('tag')?.trim();
  return {
    status: (STATUS_FILTERS as readonly string[]).includes(status ?? '') ? (status as StatusFilter) : null,
    tag: tag ? tag : null,
    view: query.get('view') === 'folders' ? 'folders' : 'list',
  };
}

/** The URL query for some filters, leaving out what is at its default so plain URLs stay plain. */
export function writeNoteFilters(filters: NoteFilters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status) query.set('status', filters.status);
  if (filters.tag) query.set('tag', filters.tag);
  if (filters.view === 'folders') query.set('view', 'folders');
  return query;
}

/**
 * Whether a note's status fits a filter: "untried" keeps notes with a question never answered, "wrong" those
 * with a question last answered wrong, "right" those whose every question was last answered right.
 */
export function matchesStatus(status: NoteStatus, filter: StatusFilter): boolean {
  if (filter === 'untried') return status.untried > 0;
  if (filter === 'wrong') return status.wrong > 0;
  if (filter === 'right') return status.total > 0 && status.right === status.total;
  return status.flagged > 0;
}

/** Whether a note carries a tag or a narrower one (`aws` holds `aws/s3`). */
export function hasTag(tags: readonly string[], tag: string): boolean {
  return tags.some((own) => own === tag || own.startsWith(`${tag}/`));
}

/**
 * Reads the practice page's URL into what to practise: a note, a tag (or `tag/*` prefix), one of the
 * history modes, or an explicit list of question ids ("practise the wrong ones again"), and whether
 * the list came from Review (`from=review`, which the due questions' list carries) or from a summary's
 * "try again" (`from=retry`).
 */
import type { Selection } from '../../quiz/selection';
import type { SessionOrigin } from '../../quiz/types';
import type { ListOrigin, PracticeQuery } from '../paths';

/** What the URL asks for, or why it cannot be answered. */
export type PracticeRequest =
  /** `fresh` (`?fresh=1`): the person chose to start this one over the practice in progress. */
  | { kind: 'selection'; selection: Selection; from?: ListOrigin; fresh?: true }
  /** Questions due for review: resolved against the schedule, then rewritten to an `ids` link. */
  | { kind: 'due' }
  | { kind: 'invalid'; reason: 'unknown-mode' | 'nothing-asked' };

const MODES = { all: { kind: 'all' }, wrong: { kind: 'wrong' }, flagged: { kind: 'flagged' } } as const;

/**
 * Turns `?note=`, `?tag=`, `?mode=` or `?ids=` into a selection; the first one present wins in that order.
 * A note named by the path (`/practice/<slug>`, `noteSlug`) wins over all of them.
 */
export function readPracticeQuery(params: URLSearchParams, noteSlug?: string): PracticeRequest {
  const request: PracticeRequest = noteSlug ? { kind: 'selection', selection: { kind: 'note', slug: noteSlug } } : readSelection(params);
  return request.kind === 'selection' && params.get('fresh') === '1' ? { ...request, fresh: true } : request;
}

function readSelection(params: URLSearchParams): PracticeRequest {
  const note = params.get('note');
  if (note) return { kind: 'selection', selection: { kind: 'note', slug: note } };
  const tag = params.get('tag');
  if (tag) return { kind: 'selection', selection: { kind: 'tag', tag } };
  const mode = params.get('mode');
  if (mode === 'due') return { kind: 'due' };
  if (mode) {
    if (!Object.hasOwn(MODES, mode)) return { kind: 'invalid', reason: 'unknown-mode' };
    return { kind: 'selection', selection: MODES[mode as keyof typeof MODES] };
  }
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  if (ids.length > 0) {
    const selection = { kind: 'ids', ids } as const;
    const from = params.get('from');
    return from === 'review' || from === 'retry' ? { kind: 'selection', selection, from } : { kind: 'selection', selection };
  }
  return { kind: 'invalid', reason: 'nothing-asked' };
}

/** The origin a practice started by this request keeps: where its list came from, else a practice. */
export function originOf(request: PracticeRequest): SessionOrigin {
  return request.kind === 'selection' && request.from !== undefined ? request.from : 'practice';
}

/** Whether two selections ask for the same questions (so a saved session matches the URL). */
export function sameSelection(a: Selection, b: Selection): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The link query that asks for `selection` again, or null for a selection no link can name; a list of
 * ids keeps its origin, so following the link resumes it as it began.
 */
export function practiceQueryOf(selection: Selection, origin?: SessionOrigin): PracticeQuery | null {
  const from = origin === 'review' || origin === 'retry' ? origin : undefined;
  switch (selection.kind) {
    case 'note':
      return { note: selection.slug };
    case 'tag':
      return { tag: selection.tag };
    case 'ids':
      return from ? { ids: selection.ids, from } : { ids: selection.ids };
    case 'notes':
      return null;
    default:
      return { mode: selection.kind };
  }
}

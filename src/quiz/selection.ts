/**
 * Which questions a quiz asks: one note, a tag (or a tag prefix), several notes, everything,
 * the questions last answered wrong, the flagged ones, or an explicit list of ids.
 */
import { normalizeTag, tagMatches } from '../content/tags.ts';
import type { QuizHistory, QuizItem } from './types';
import { latestPerQuestion } from './latest-answers.ts';

/** What to quiz on; serialisable, so a saved session remembers how it was chosen. */
export type Selection =
  | { kind: 'note'; slug: string }
  /** A tag such as `service/kms` (with the tags nested under it), or `service/*` for only those nested. */
  | { kind: 'tag'; tag: string }
  | { kind: 'notes'; slugs: string[] }
  | { kind: 'all' }
  | { kind: 'wrong' }
  | { kind: 'flagged' }
  | { kind: 'ids'; ids: string[] };

/** Whether a note tag matches a selection tag, by the same rule as the tag pages (see content/tags). */
export function selectionTagMatches(selectionTag: string, noteTag: string): boolean {
  // `service/*` asks only for the tags below `service`; a plain tag asks for itself and what is below it.
  if (selectionTag.endsWith('/*')) {
    const parent = selectionTag.slice(0, -2);
    return tagMatches(noteTag, parent) && normalizeTag(noteTag).toLowerCase() !== normalizeTag(parent).toLowerCase();
  }
  return tagMatches(noteTag, selectionTag);
}

/** Ids of the questions whose most recent attempt was wrong (ties in time go to the later record). */
export function wrongQuestionIds(history: Pick<QuizHistory, 'attempts'>): Set<string> {
  const wrong = new Set<string>();
  for (const [id, last] of latestPerQuestion(history.attempts)) if (!last.correct) wrong.add(id);
  return wrong;
}

/** Filters the catalogue down to the selected items, keeping catalogue order (sessions shuffle later). */
export function selectQuestions(selection: Selection, catalog: readonly QuizItem[], history: QuizHistory): QuizItem[] {
  const keep = matcher(selection, history);
  return catalog.filter(keep);
}

function matcher(selection: Selection, history: QuizHistory): (item: QuizItem) => boolean {
  switch (selection.kind) {
    case 'note':
      return (item) => item.noteSlug === selection.slug;
    case 'tag':
      return (item) => item.tags.some((tag) => selectionTagMatches(selection.tag, tag));
    case 'notes': {
      const slugs = new Set(selection.slugs);
      return (item) => slugs.has(item.noteSlug);
    }
    case 'all':
      return () => true;
    case 'wrong': {
      const wrong = wrongQuestionIds(history);
      return (item) => wrong.has(item.question.id);
    }
    case 'flagged': {
      const flagged = new Set(history.flagged);
      return (item) => flagged.has(item.question.id);
    }
    case 'ids': {
      const ids = new Set(selection.ids);
      return (item) => ids.has(item.question.id);
    }
    default:
      return () => false;
  }
}

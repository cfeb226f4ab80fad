/**
 * Loads the quiz items a selection needs, opening only the question packs that can hold its questions
 * (the summaries give tags, question counts and the ids of each note's questions),
 * a few at a time.
 */
import type { QuizNote } from '../content/note-module';
import type { NoteSummary } from '../content/note-summary';
import { selectionTagMatches, selectQuestions, wrongQuestionIds, type Selection } from './selection';
import { quizItemsOf, type QuizItem, type QuizHistory } from './types';
import { mapLimit } from '../content/map-limit';

/** How many notes (or packs) load at once: enough to overlap requests, few enough not to flood a slow link. */
export const LOAD_CONCURRENCY = 4;

/** The history selection reads, plus the note of each attempt so its pack can be found. */
export interface LoadHistory extends QuizHistory {
  attempts: readonly (QuizHistory['attempts'][number] & { noteSlug: string })[];
}

/** Loaded notes (for their flows) and the items of the selection, in catalogue order. */
export interface LoadedItems {
  notes: Map<string, QuizNote>;
  items: QuizItem[];
}

/** Loads the quiz part of one note by slug; undefined when there is none. */
export type NoteLoader = (slug: string) => Promise<QuizNote | undefined>;

/** Slugs of the notes that may hold the questions of `selection`, in summary order. */
export function neededSlugs(selection: Selection, summaries: readonly NoteSummary[], history: LoadHistory): string[] {
  const asking = summaries.filter((summary) => summary.questionCount > 0);
  // The index says which note holds each question now, whatever note an attempt was recorded under.
  const ofIds = (ids: ReadonlySet<string>) => asking.filter((s) => s.questionIds.some((id) => ids.has(id))).map((s) => s.slug);
  switch (selection.kind) {
    case 'note':
      return asking.filter((s) => s.slug === selection.slug).map((s) => s.slug);
    case 'notes':
      return asking.filter((s) => selection.slugs.includes(s.slug)).map((s) => s.slug);
    case 'tag':
      return asking.filter((s) => s.tags.some((tag) => selectionTagMatches(selection.tag, tag))).map((s) => s.slug);
    case 'wrong':
      return ofIds(wrongQuestionIds(history));
    case 'flagged':
      return ofIds(new Set(history.flagged));
    case 'ids':
      return ofIds(new Set(selection.ids));
    default:
      return asking.map((s) => s.slug);
  }
}

/** Loads the notes by slug and returns them with the selected items. */
export async function loadItems(
  selection: Selection,
  slugs: readonly string[],
  history: QuizHistory,
  load: NoteLoader,
): Promise<LoadedItems> {
  const loaded = await mapLimit(slugs, LOAD_CONCURRENCY, load);
  const notes = new Map<string, QuizNote>();
  for (const note of loaded) if (note) notes.set(note.slug, note);
  const catalog = [...notes.values()].flatMap((note) => quizItemsOf(note));
  return { notes, items: selectQuestions(selection, catalog, history) };
}

/**
 * Loads the items of a saved session's questions: first from the notes its selection names, then,
 * for questions not found there (their note lost a tag, or "wrong" changed since), from their notes.
 */
export async function loadSessionItems(
  session: { selection: Selection; questionIds: readonly string[] },
  summaries: readonly NoteSummary[],
  history: LoadHistory,
  load: NoteLoader,
): Promise<LoadedItems> {
  const ids: Selection = { kind: 'ids', ids: [...session.questionIds] };
  const first = neededSlugs(session.selection, summaries, history);
  const found = await loadItems(ids, first, history, load);
  const have = new Set(found.items.map((item) => item.question.id));
  const missing = session.questionIds.filter((id) => !have.has(id));
  if (missing.length === 0) return found;
  const more = neededSlugs({ kind: 'ids', ids: missing }, summaries, history).filter((slug) => !found.notes.has(slug));
  const rest = await loadItems(ids, more, history, load);
  return { notes: new Map([...found.notes, ...rest.notes]), items: [...found.items, ...rest.items] };
}

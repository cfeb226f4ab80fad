/**
 * Finds or builds the session a quiz page shows: the saved one when it answers the same selection
 * (a reload resumes it), else a new one over freshly loaded items.
 */
import { notes } from 'virtual:examflow/index';
import type { QuizNote } from '../../content/note-module';
import { domainOf, type Blueprint } from '../../quiz/blueprint';
import { drawByDomain } from '../../quiz/blueprint-draw';
import { freshSeed } from '../../quiz/random';
import { createSession, type Session } from '../../quiz/session';
import type { Selection } from '../../quiz/selection';
import type { QuizItem, QuizMode, SessionOrigin } from '../../quiz/types';
import { progressHistory, progressStore } from '../../store/progress';
import { useSettings } from '../../store/settings';
import { loadItems, loadSessionItems, neededSlugs } from '../../quiz/load-items';
import { loadQuizNote } from './quiz-note-loader';

/** A session ready to show, with its items and the notes they come from (for their flows). */
export interface StartedSession {
  session: Session;
  items: QuizItem[];
  notes: Map<string, QuizNote>;
}

/** What a new session is built with besides its selection. */
export interface NewSessionOptions {
  mode: QuizMode;
  /** Where the list came from (Review, a summary's "try again"); defaults to the mode. */
  origin?: SessionOrigin;
  limit?: number;
  minutes?: number;
  /** Draw the `limit` questions by this blueprint's domain weights (the whole-vault exam of a vault with examflow.yaml). */
  byDomain?: Blueprint | null;
}

function history() {
  const state = progressStore.getState();
  return { ...progressHistory(state), attempts: state.attempts };
}

/** Resumes the saved session of `saved` (its items loaded again), or null when it no longer has any. */
export async function resumeSession(saved: Session): Promise<StartedSession | null> {
  const { items, notes: loaded } = await loadSessionItems(saved, notes, history(), loadQuizNote);
  return items.length > 0 ? { session: saved, items, notes: loaded } : null;
}

/** Loads the selection's items and starts a new session over them; null when nothing matches. */
export async function startSession(selection: Selection, options: NewSessionOptions): Promise<StartedSession | null> {
  const past = history();
  const { items, notes: loaded } = await loadItems(selection, neededSlugs(selection, notes, past), past, loadQuizNote);
  if (items.length === 0) return null;
  const seed = freshSeed();
  const blueprint = options.byDomain ?? null;
  const drawn = blueprint === null || options.limit === undefined
    ? items
    : drawByDomain(items, (item) => domainOf(item.tags, blueprint.domains), blueprint.domains.map((d) => d.weight), options.limit, seed).items;
  if (drawn.length === 0) return null;
  const session = createSession({
    selection,
    items: drawn,
    seed,
    mode: options.mode,
    origin: options.origin,
    shuffleOptions: useSettings.getState().shuffleOptions,
    now: Date.now(),
    limit: options.limit,
    minutes: options.minutes,
    // One note is read top to bottom; anything wider is mixed.
    keepOrder: selection.kind === 'note',
  });
  progressStore.getState().saveSession(session);
  return { session, items: drawn, notes: loaded };
}

/**
 * Runs once after the first paint: points saved progress at the notes that hold its questions now, and when
 * it names question ids the vault no longer has, loads the vault's question prints (a module of its own,
 * fetched only then) and re-attaches that progress to the questions it matches.
 */
import { notes } from 'virtual:examflow/index';
import { progressData, progressStore } from '../store/progress';
import { followNotes, progressQuestionIds, reattachProgress } from '../store/reattach';
import { liveQuestionsOf } from '../quiz/live-questions';

/** Re-attaches saved progress to the current vault; what matches nothing stays saved (Settings lists it). */
export async function reattachSavedProgress(): Promise<void> {
  const live = liveQuestionsOf(notes);
  const current = progressData(progressStore.getState());
  const followed = followNotes(current, live.slugOf);
  if (followed !== current) progressStore.setState(followed);
  const orphans = [...progressQuestionIds(followed)].filter((id) => !live.ids.has(id));
  if (orphans.length === 0) return;
  const { default: questions } = await import('virtual:examflow/questions');
  // Read the store again: an answer recorded while the prints loaded must not be overwritten.
  const latest = progressData(progressStore.getState());
  const result = reattachProgress(latest, questions);
  if (result.data !== latest) progressStore.setState(result.data);
}

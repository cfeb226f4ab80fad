import { notes } from 'virtual:examflow/index';
import { liveQuestionsOf } from '../quiz/live-questions';
import { ProgressView } from './progress/progress-view';
import { blueprint } from './quiz/exam-blueprint';
import { RouteError } from './route-error';

const tagsOf = new Map(notes.map((note) => [note.slug, note.tags]));
const live = liveQuestionsOf(notes);
const vaultQuestions = notes.reduce((sum, note) => sum + note.questionCount, 0);

/** The progress dashboard over this vault's notes. */
export function ProgressPage() {
  return <ProgressView tagsOf={tagsOf} vaultQuestions={vaultQuestions} slugOf={live.slugOf} liveIds={live.ids} blueprint={blueprint} />;
}

export { ProgressPage as Component, RouteError as ErrorBoundary };

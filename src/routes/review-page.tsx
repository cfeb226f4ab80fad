import { notes } from 'virtual:examflow/index';
import { liveQuestionsOf } from '../quiz/live-questions';
import { RouteError } from './route-error';
import { ReviewView } from './review/review-view';

const live = liveQuestionsOf(notes);

/** The review page over this vault's notes. */
export function ReviewPage() {
  return <ReviewView liveIds={live.ids} />;
}

export { ReviewPage as Component, RouteError as ErrorBoundary };

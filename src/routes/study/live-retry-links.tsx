import { notes } from 'virtual:examflow/index';
import { liveQuestionsOf } from '../../quiz/live-questions';
import { RetryLinks } from './retry-links';
import { useRetryCounts } from './use-retry-counts';

const live = liveQuestionsOf(notes).ids;

/** The retry links with live counts; loaded lazily where a page must stay free of the progress store. */
export default function LiveRetryLinks() {
  return <RetryLinks counts={useRetryCounts(live)} />;
}

import { createContext, useContext } from 'react';
import type { QuestionRecord } from '../../progress/question-status';

/** What every status on a page is computed from: each answered question's record, and the flagged ids. */
export interface StatusSource {
  records: ReadonlyMap<string, QuestionRecord>;
  flagged: ReadonlySet<string>;
}

/** Nothing answered, nothing flagged: the source of a browser with no saved progress. */
export const EMPTY_SOURCE: StatusSource = { records: new Map(), flagged: new Set() };

/** The page's status source; null in the pre-render and until saved progress has loaded. */
export const StatusSourceContext = createContext<StatusSource | null>(null);

/** The status source, or null while it is not known (statuses then keep their empty, fixed-width slots). */
export function useStatusSource(): StatusSource | null {
  return useContext(StatusSourceContext);
}

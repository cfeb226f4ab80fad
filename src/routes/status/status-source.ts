import { createContext, useContext } from 'react';
import type { QuestionRecord } from '../../progress/question-status';
import { createValueStore, useSourceValue, type ValueStore } from '../../ui/value-store';

/** What every status on a page is computed from: each answered question's record, and the flagged ids. */
export interface StatusSource {
  records: ReadonlyMap<string, QuestionRecord>;
  flagged: ReadonlySet<string>;
}

/** Nothing answered, nothing flagged: the source of a browser with no saved progress. */
export const EMPTY_SOURCE: StatusSource = { records: new Map(), flagged: new Set() };

/** Holds the page's status source (null while it is not known) and tells its readers when it changes. */
export type StatusStore = ValueStore<StatusSource>;

/** The page's status store: a store that never changes, not the source itself (why: src/ui/value-store.ts). */
export const StatusSourceContext = createContext<StatusStore>(createValueStore<StatusSource>());

/** The status source, or null while it is not known (statuses then keep their empty, fixed-width slots). */
export function useStatusSource(): StatusSource | null {
  // null in the pre-render and while hydrating, which cannot know saved progress.
  return useSourceValue(useContext(StatusSourceContext));
}

import { lazy, Suspense, useLayoutEffect, useState, type ReactNode } from 'react';
import { useProgressSaved } from '../../store/use-progress-saved';
import { useHydrated } from '../../ui/use-hydrated';
import { createValueStore } from '../../ui/value-store';
import { EMPTY_SOURCE, StatusSourceContext, type StatusSource } from './status-source';

// The progress store loads only for people with saved progress; everyone else sees every question untried.
const LiveStatusSource = lazy(() => import('./live-status-source'));

/**
 * Gives the pages below the per-question status from saved progress, once the page has hydrated (the
 * pre-render cannot know it): lists and note pages fill their status slots from it.
 */
export function StatusProvider({ children }: { children: ReactNode }) {
  const saved = useProgressSaved();
  const hydrated = useHydrated();
  const [live, setLive] = useState<StatusSource | null>(null);
  // Nothing saved: every question is untried. Saved: the live source, once it has loaded (slots wait until then).
  const source = live ?? (hydrated && !saved ? EMPTY_SOURCE : null);
  const [store] = useState(() => createValueStore(source));
  // Before the frame is painted, so a status slot never shows the previous source.
  useLayoutEffect(() => store.set(source), [store, source]);
  return (
    <StatusSourceContext.Provider value={store}>
      {children}
      {saved && <Suspense fallback={null}><LiveStatusSource onSource={setLive} /></Suspense>}
    </StatusSourceContext.Provider>
  );
}

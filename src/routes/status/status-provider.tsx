import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { hasSavedProgress, onProgressSaved } from '../../store/progress-key';
import { EMPTY_SOURCE, StatusSourceContext, type StatusSource } from './status-source';

// The progress store loads only for people with saved progress; everyone else sees every question untried.
const LiveStatusSource = lazy(() => import('./live-status-source'));

/**
 * Gives the pages below the per-question status from saved progress, once the page has hydrated (the
 * pre-render cannot know it): lists and note pages fill their status slots from it.
 */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [saved, setSaved] = useState(false);
  const [source, setSource] = useState<StatusSource | null>(null);
  useEffect(() => {
    if (hasSavedProgress()) {
      setSaved(true);
      return undefined;
    }
    setSource(EMPTY_SOURCE);
    // The first answer ever saved, on any page, switches to the live source from then on.
    return onProgressSaved(() => setSaved(true));
  }, []);
  return (
    <StatusSourceContext.Provider value={source}>
      {children}
      {saved && <Suspense fallback={null}><LiveStatusSource onSource={setSource} /></Suspense>}
    </StatusSourceContext.Provider>
  );
}

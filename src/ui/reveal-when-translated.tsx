import { useLayoutEffect } from 'react';
import { useHydrated } from './use-hydrated';

/**
 * Shows a page hidden before the first paint for being in the wrong language (`data-pending-language`,
 * set by src/app/first-paint.ts) once it is drawn in the reader's: `rendered` is the language the page was
 * drawn in, `current()` the reader's. Hydration renders the pre-rendered language first, and what waits for
 * hydration (useHydrated: counts, the URL's query) is drawn in a transition after it, so the page shows only
 * once both are drawn, whichever comes last; a layout effect removes the mark before that frame is painted.
 * A component of its own, drawing nothing, so hydration's switch re-renders it alone.
 */
export function RevealWhenTranslated({ rendered, current }: { rendered: string; current: () => string }) {
  const hydrated = useHydrated();
  useLayoutEffect(() => {
    if (hydrated && rendered === current()) delete document.documentElement.dataset.pendingLanguage;
  }, [hydrated, rendered, current]);
  return null;
}

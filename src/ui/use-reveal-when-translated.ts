import { useLayoutEffect } from 'react';

/**
 * Shows a page hidden before the first paint for being in the wrong language (`data-pending-language`,
 * set by src/app/first-paint.ts) once it is drawn in the reader's: `rendered` is the language this render
 * used, `current()` the reader's. Hydration renders the pre-rendered language first, so this runs again
 * after the re-render; a layout effect removes the mark before that frame is painted.
 */
export function useRevealWhenTranslated(rendered: string, current: () => string): void {
  useLayoutEffect(() => {
    if (rendered === current()) delete document.documentElement.dataset.pendingLanguage;
  }, [rendered, current]);
}

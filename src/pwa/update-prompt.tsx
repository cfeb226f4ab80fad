import { lazy, Suspense } from 'react';

// Loaded after the first paint: the service worker is never needed to draw the home page, and every
// kilobyte of the home page's initial JavaScript counts against its 110 kB budget.
const ConnectedUpdateNotice = lazy(() =>
  import('./connected-update-notice').then((module) => ({ default: module.ConnectedUpdateNotice })),
);

/** Registers the service worker and announces a new deployment (or offline readiness) with a reload prompt. */
export function UpdatePrompt() {
  return (
    <Suspense fallback={null}>
      <ConnectedUpdateNotice />
    </Suspense>
  );
}

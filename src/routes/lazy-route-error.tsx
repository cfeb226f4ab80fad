import { lazy, Suspense } from 'react';

// A page that fails is rare: its code (the error and 404 pages, their strings) is fetched when one does, so no
// first visit's scripts carry it.
const RouteErrorPage = lazy(() => import('./route-error').then((module) => ({ default: module.RouteError })));

/** The error boundary of the app's frame and pages: RouteError, its code fetched only when a page fails. */
export function LazyRouteError() {
  return (
    <Suspense fallback={null}>
      <RouteErrorPage />
    </Suspense>
  );
}

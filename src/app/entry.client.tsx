import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { HydratedRouter } from 'react-router/dom';
import { afterFirstPaint } from './after-first-paint';

/**
 * React Router's own client entry, but hydration waits until the browser has painted the pre-rendered page:
 * the page is complete HTML, so a phone shows it (its first and largest paint) as soon as the stylesheet is
 * in, instead of after the app's scripts have hydrated it, which on a slow phone takes seconds.
 */
afterFirstPaint(() => {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    );
  });
});

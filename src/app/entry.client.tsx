import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterFirstPaint } from './after-first-paint';
import { createSiteRouter, SiteRouterView } from './site-router';

/**
 * React Router's client entry for this site (see site-router.tsx), but hydration waits until the browser has
 * painted the pre-rendered page: the page is complete HTML, so a phone shows it (its first and largest paint)
 * as soon as the stylesheet is in, instead of after the app's scripts have hydrated it, which on a slow phone
 * takes seconds. The page's router state is decoded meanwhile.
 */
const site = createSiteRouter();
afterFirstPaint(() => {
  void site.then((router) => {
    startTransition(() => {
      hydrateRoot(
        document,
        <StrictMode>
          <SiteRouterView {...router} />
        </StrictMode>,
      );
    });
  });
});

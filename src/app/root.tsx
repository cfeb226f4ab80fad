import type { ReactNode } from 'react';
import { Links, Meta, Scripts } from 'react-router';
import { AppLayout } from '../routes/app-layout';
import { LazyRouteError } from '../routes/lazy-route-error';
import { firstPaintScript } from './first-paint';
import { BRAND_ICON } from '../ui/brand-icon';
// Every first-visit stylesheet, as one file (see styles.css), linked by the Layout itself (see there).
import stylesHref from './styles.css?url';

// Only the pre-render writes the script: in the browser it has run before any app code, and hydration
// keeps the element as the page has it (React never rewrites a hydrated element's inner HTML), so the
// browser's bundle does without its source.
const FIRST_PAINT = import.meta.env.SSR ? firstPaintScript() : '';

/**
 * The HTML document every page is pre-rendered into. The Content-Security-Policy is added after
 * pre-rendering (src/build/csp.ts), when the hashes of the page's inline hydration scripts are known.
 */
export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1f5fbf" />
        {/* A precedence makes React put the one render-blocking stylesheet first in <head>, before the
            modulepreloads of the app's scripts: it is all the first paint waits for, and behind ~12 scripts a
            phone's few connections fetched it last. */}
        <link rel="stylesheet" href={stylesHref} precedence="app" />
        <script dangerouslySetInnerHTML={{ __html: FIRST_PAINT }} suppressHydrationWarning />
        <link rel="icon" href={BRAND_ICON} type="image/svg+xml" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <noscript>examflow needs JavaScript to run the quizzes; notes can be read without it.</noscript>
        <Scripts />
      </body>
    </html>
  );
}

/** The frame of every page (header, main, footer) around the matched page. */
export default AppLayout;

/** A page that failed keeps the frame's look: the error is drawn in place of the whole app. */
export const ErrorBoundary = LazyRouteError;

/** What the app's shell (a path with no pre-rendered page) shows until the page's data has loaded. */
export function HydrateFallback() {
  return <p className="muted" role="status">Loading…</p>;
}

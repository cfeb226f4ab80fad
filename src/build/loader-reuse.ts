/**
 * A page is pre-rendered by two requests to the server bundle: its `.data` file, then its HTML, each of which runs
 * the page's loaders. React Router's own pre-render runs them once: it sends the `.data` file's text with the HTML
 * request (header `X-React-Router-Prerender-Data`, encodeURI'd), and the server decodes it again (decodeURI,
 * TextEncoder, turbo-stream) into the loaders' values. A pre-render worker (src/build/prerender-worker.ts) instead
 * keeps each loader's value from the data request and hands that very value to the page's HTML request: no header,
 * no decoding, and still one run of each loader per page.
 */
import type { ServerBuild } from 'react-router';

type Routes = ServerBuild['routes'];
type Loader = NonNullable<NonNullable<Routes[string]>['module']['loader']>;

/**
 * Which page a loader runs for: its route and its URL path without a trailing slash, so the data request
 * (`/notes/a.data`, which React Router hands the loader as `/notes/a`) and the HTML request (`/notes/a/`) agree.
 */
export function pageKey(routeId: string, url: string): string {
  const { pathname } = new URL(url);
  return `${routeId} ${pathname.replace(/\/+$/, '') || '/'}`;
}

/** A loader that keeps what it returns for the next call for the same page, which takes it instead of running again. */
function loaderOnce(routeId: string, loader: Loader, kept: Map<string, unknown>): Loader {
  return async (args) => {
    const key = pageKey(routeId, args.request.url);
    if (kept.has(key)) {
      const value = kept.get(key);
      kept.delete(key);
      return value;
    }
    // A loader that throws (a redirect, a 404) keeps nothing: the next request runs it again, and it throws again.
    const value = await loader(args);
    kept.set(key, value);
    return value;
  };
}

/**
 * `routes` with each loader run once per page across two requests: the first request's value is kept and given to the
 * second (then dropped), so every page must be asked for twice, its data and then its HTML (or resource), in turn.
 */
export function withLoadersOnce(routes: Routes): Routes {
  const kept = new Map<string, unknown>();
  return Object.fromEntries(
    Object.entries(routes).map(([id, route]) => {
      const loader = route?.module.loader;
      if (!route || !loader) return [id, route];
      return [id, { ...route, module: { ...route.module, loader: loaderOnce(id, loader, kept) } }];
    }),
  );
}

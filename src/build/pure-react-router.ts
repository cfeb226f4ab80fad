import type { Plugin } from 'vite';

/**
 * React Router's published build defines its components as `var Form = React10.forwardRef(...)` with no pure
 * annotation and then writes `Form.displayName = "Form"` at the top level. A bundler must keep a call it cannot
 * prove pure and a write to a property, so every such component stays in the browser's bundle with all it
 * uses, whether the app renders it or not (Form brings useSubmit and the form-submission code; also NavLink's
 * and Link's siblings HistoryRouter and ScrollRestoration). Marking the calls pure and dropping the names,
 * which only React's developer tools read, lets tree shaking remove what the app never imports.
 */

const COMPONENT_CALL = /^(var [\w$]+ = )(React\d*\.(?:forwardRef|memo|createContext)\()/gm;
const DISPLAY_NAME = /^[\w$]+\.displayName = "[^"\n]*";$/gm;
const REACT_ROUTER_BUILD = /[\\/]node_modules[\\/]react-router[\\/]dist[\\/]/;

/** React Router's module source with its top-level component definitions marked pure and their displayName writes removed. */
export function markComponentsPure(code: string): string {
  // Each removed line keeps its line break, so the module's lines (and any stack trace into it) stay where they were.
  return code.replace(COMPONENT_CALL, '$1/* @__PURE__ */ $2').replace(DISPLAY_NAME, '');
}

/*
 * Vite resolves `react-router` to its development build in the browser too (its package has no `production`
 * condition), so the app shipped React Router's developer warnings, their messages and its "Hey developer"
 * screens. The two builds differ in that one constant alone. And every router React Router makes can take
 * instrumentation, which this app never passes: the check is turned off so that the wrapping code goes too.
 */
const DEV_WARNINGS = /^var ENABLE_DEV_WARNINGS = true;$/m;
const INSTRUMENTED_ROUTER = /^( {2}if \()init\.instrumentations(\) \{)$/gm;

/** React Router's module source as its production build writes it, with a router's instrumentation turned off. */
export function dropDeveloperCode(code: string): string {
  return code.replace(DEV_WARNINGS, 'var ENABLE_DEV_WARNINGS = false;').replace(INSTRUMENTED_ROUTER, '$1false$2');
}

/*
 * React Router's components also serve its React Server Components router, which a site rendered by
 * `HydratedRouter`'s way (src/app/site-router.tsx) never mounts: RSCRouterContext, which only that router
 * provides, is false in every component here. Reading it as the constant lets the bundler drop the RSC
 * branches (the error boundary's redirect handler, its digest decoding, the RSC data links) from every page.
 */
const RSC_CONTEXT_READ = /(?<!function )\buseIsRSCRouterContext\(\)/g;
const RSC_BOUNDARY_READ = /^( {4}if \()this\.context( && typeof error === "object" && error && "digest" in error|\) \{$)/gm;

/** React Router's module source with every read of RSCRouterContext (a hook call, or the error boundary's `this.context`) made `false`. */
export function dropRscRouter(code: string): string {
  return code.replace(RSC_CONTEXT_READ, 'false').replace(RSC_BOUNDARY_READ, '$1false$2');
}

/*
 * A Link prefetches the page it points to only when given `prefetch` ("intent", "render", "viewport"), and
 * `<Links>` draws prefetch links only for a route's `links()` naming a `page`: this app does neither
 * (pure-react-router.test.ts checks its sources), yet every page shipped the prefetching code. A Link's prefetch
 * state is the constant "none" and no link descriptor is a page's, so the bundler drops that code.
 */
const LINK_PREFETCH = /^( {4}let )\[shouldPrefetch, prefetchRef, prefetchHandlers\] = usePrefetchBehavior\(\n {6}prefetch,\n {6}rest\n {4}\);$/m;
const PAGE_LINK = /^( {4}\(\{ key, link \}\) => )isPageLinkDescriptor\(link\)( \? )/m;

/** React Router's module source with its page prefetching turned off: a Link never prefetches, `<Links>` draws no page's prefetch links. */
export function dropPagePrefetch(code: string): string {
  // The call's four lines become one and three empty ones, so every later line keeps its place.
  return code.replace(LINK_PREFETCH, '$1shouldPrefetch = false, prefetchRef = null, prefetchHandlers = {};\n\n\n').replace(PAGE_LINK, '$1false$2');
}

/*
 * A NavLink is "transitioning" only while a navigation it was given `viewTransition` for runs: this app gives
 * none (the same test checks), yet every NavLink asked React Router's view-transition state on each render.
 */
const NAV_LINK_TRANSITION = /^( {4}let isTransitioning = )routerState != null && \/\/ Conditional usage is OK here[^\n]*\n {4}\/\/ eslint-disable-next-line react-hooks\/rules-of-hooks\n {4}useViewTransitionState\(path\) && viewTransition === true;$/m;

/** React Router's module source with a NavLink's view-transition state the constant false (the lines keep their places). */
export function dropNavLinkTransition(code: string): string {
  return code.replace(NAV_LINK_TRANSITION, '$1false;\n\n');
}

/**
 * The Vite plugin that applies {@link markComponentsPure} to React Router's own files, and {@link dropDeveloperCode},
 * {@link dropRscRouter}, {@link dropPagePrefetch} and {@link dropNavLinkTransition} to them in a build only: `npm run dev` keeps React Router's developer warnings for the
 * people who need them.
 */
export function pureReactRouter(): Plugin {
  let building = false;
  return {
    name: 'examflow:pure-react-router',
    configResolved(config) {
      building = config.command === 'build';
    },
    transform: {
      filter: { id: REACT_ROUTER_BUILD },
      handler(code) {
        const pure = markComponentsPure(code);
        const marked = building ? dropNavLinkTransition(dropPagePrefetch(dropRscRouter(dropDeveloperCode(pure)))) : pure;
        return marked === code ? null : { code: marked, map: null };
      },
    },
  };
}

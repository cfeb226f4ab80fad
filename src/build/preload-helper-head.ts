import type { Plugin } from 'vite';

/*
 * Vite's module preload helper (`__vitePreload`, its module `\0vite/preload-helper.js`) runs on each lazy
 * `import()` of the built app that has chunks to preload with it. Each time it looks for a CSP nonce
 * (`document.querySelector('meta[property=csp-nonce]')`, a walk of the whole document when the page has none,
 * as ours has not) and, for a chunk not preloaded yet, lists every `<link>` of the document to skip those the
 * page already has. On the 20 MB note's page (about a million nodes) those walks were ~210 ms of the task right
 * after hydrating on the phone reader (CPU x4). Vite puts both where it adds its own links, in <head>; so do
 * React Router's modulepreloads and the page's stylesheets (React hoists them there, and the app's start,
 * src/app/start-app.ts, adds the deferred ones there). A link somewhere else would only be preloaded twice.
 * `build.modulePreload` has no option for this: `resolveDependencies` can only drop the preloads themselves.
 */
const NONCE_LOOKUP = /\bdocument(\.querySelector\(\s*["']meta\[property=csp-nonce\]["']\s*\))/g;
const LINK_LIST = /\bdocument(\.getElementsByTagName\(\s*["']link["']\s*\))/g;
const PRELOAD_HELPER = /^\0vite\/preload-helper\.js$/;

/** Vite's preload helper source with its nonce lookup and its list of the page's links taken from <head> only. */
export function preloadLookupsInHead(code: string): string {
  return code.replace(NONCE_LOOKUP, 'document.head$1').replace(LINK_LIST, 'document.head$1');
}

/** The Vite plugin that applies {@link preloadLookupsInHead} to the preload helper of the browser's build. */
export function preloadHelperHead(): Plugin {
  return {
    name: 'examflow:preload-helper-head',
    apply: 'build',
    transform: {
      filter: { id: PRELOAD_HELPER },
      handler(code) {
        const changed = preloadLookupsInHead(code);
        return changed === code ? null : { code: changed, map: null };
      },
    },
  };
}

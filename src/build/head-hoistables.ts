import type { Plugin } from 'vite';

/*
 * React hoists a page's <title>, <meta> and <link> elements into <head>, and the pre-render writes them there.
 * To hydrate one (or to reuse one for a page drawn later) React lists every element of its tag in the whole
 * document (getHydratableHoistableCache): a walk of every node, once per tag, while hydrating. On the 20 MB
 * note's page (about a million nodes) the walks for `link` and `meta` were ~260 ms of the 389 ms hydration task
 * on the phone reader (CPU x4). React looks for them only where it puts them: in <head>.
 */
const HOISTABLE_LIST = /^( +ownerDocument = )ownerDocument(\.getElementsByTagName\(type\);)$/m;
const REACT_DOM_CLIENT = /[\\/]node_modules[\\/]react-dom[\\/]cjs[\\/]react-dom-client\.(?:production|development)\.js$/;

/** React DOM's client source with its list of a tag's elements, to hydrate or reuse a hoisted one, taken from <head> only. */
export function hoistablesFromHead(code: string): string {
  return code.replace(HOISTABLE_LIST, '$1(ownerDocument.head || ownerDocument)$2');
}

/** The Vite plugin that applies {@link hoistablesFromHead} to React DOM's client build. */
export function headHoistables(): Plugin {
  return {
    name: 'examflow:head-hoistables',
    transform: {
      filter: { id: REACT_DOM_CLIENT },
      handler(code) {
        const changed = hoistablesFromHead(code);
        return changed === code ? null : { code: changed, map: null };
      },
    },
  };
}

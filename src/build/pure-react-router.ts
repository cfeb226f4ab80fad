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

/** The Vite plugin that applies {@link markComponentsPure} to React Router's own files. */
export function pureReactRouter(): Plugin {
  return {
    name: 'examflow:pure-react-router',
    transform: {
      filter: { id: REACT_ROUTER_BUILD },
      handler(code) {
        const marked = markComponentsPure(code);
        return marked === code ? null : { code: marked, map: null };
      },
    },
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markComponentsPure } from './pure-react-router.ts';

const SOURCE = [
  'var Form = React10.forwardRef(',
  '  (props, ref) => null',
  ');',
  'Form.displayName = "Form";',
  'var RouteContext = React.createContext(null);',
  'RouteContext.displayName = "Route";',
  'var MemoizedDataRoutes = React3.memo(DataRoutes2);',
  'RenderErrorBoundary.contextType = RSCRouterContext;',
  '  let FetcherForm2 = React10.forwardRef(',
].join('\n');

test.each([
  ['a top-level forwardRef is marked pure', 'var Form = /* @__PURE__ */ React10.forwardRef('],
  ['a top-level createContext is marked pure', 'var RouteContext = /* @__PURE__ */ React.createContext(null);'],
  ['a top-level memo is marked pure', 'var MemoizedDataRoutes = /* @__PURE__ */ React3.memo(DataRoutes2);'],
  ['a write the app relies on stays', 'RenderErrorBoundary.contextType = RSCRouterContext;'],
  ['a call inside a function stays as it is', '  let FetcherForm2 = React10.forwardRef('],
])('%s', (_case, line) => {
  expect(markComponentsPure(SOURCE).split('\n')).toContain(line);
});

test('displayName writes are removed and every line keeps its place', () => {
  const marked = markComponentsPure(SOURCE).split('\n');
  expect(marked.filter((line) => line.includes('displayName'))).toEqual([]);
  expect(marked).toHaveLength(SOURCE.split('\n').length);
});

// The rule follows how React Router's build writes its modules; an upgrade that writes them otherwise fails here.
const dist = path.resolve(import.meta.dirname, '../../node_modules/react-router/dist/development');
const modules = readdirSync(dist).filter((file) => file.endsWith('.mjs'));

test.each(modules)('the installed %s keeps no unmarked top-level component and no displayName write', (file) => {
  const marked = markComponentsPure(readFileSync(path.join(dist, file), 'utf8'));
  expect(marked.match(/^var [\w$]+ = React\d*\.(forwardRef|memo|createContext)\(/gm)).toBeNull();
  expect(marked.match(/^[\w$]+\.displayName = /gm)).toBeNull();
});

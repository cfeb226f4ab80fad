import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from 'vite';
import { dropDeveloperCode, dropNavLinkTransition, dropPagePrefetch, dropRscRouter, markComponentsPure, pureReactRouter } from './pure-react-router.ts';

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

test.each([
  ['developer warnings are turned off', 'var ENABLE_DEV_WARNINGS = true;', 'var ENABLE_DEV_WARNINGS = false;'],
  ["a router's instrumentation is turned off", '  if (init.instrumentations) {', '  if (false) {'],
  ["the static handler's (the pre-render's) is left", '  if (opts?.instrumentations) {', '  if (opts?.instrumentations) {'],
])('%s', (_case, line, dropped) => {
  expect(dropDeveloperCode(`before\n${line}\nafter`)).toBe(`before\n${dropped}\nafter`);
});

// What Vite bundles for the browser (the development build: React Router's package has no `production`
// condition) is, once its developer code is dropped, what React Router publishes as its production build.
const production = path.resolve(dist, '../production');
// The builds name their shared chunks by their own hashes.
const dropped = (file: string) => dropDeveloperCode(readFileSync(file, 'utf8')).replace(/chunk-[A-Z0-9]+\.mjs/g, 'chunk.mjs');
const published = readdirSync(production).filter((file) => file.endsWith('.mjs')).map((file) => dropped(path.join(production, file)));

test.each(modules)('the installed %s, its developer code dropped, is a module of the production build, and no router is instrumented', (file) => {
  const developed = dropped(path.join(dist, file));
  expect(published.includes(developed)).toBe(true);
  expect(developed).not.toMatch(/ENABLE_DEV_WARNINGS = true|if \(init\.instrumentations\)/);
});

test.each([
  ['a hook reading RSCRouterContext reads false', '  let rsc = useIsRSCRouterContext();', '  let rsc = false;'],
  ['the hook itself stays', 'function useIsRSCRouterContext() {', 'function useIsRSCRouterContext() {'],
  ["the error boundary's digest decoding is dropped", '    if (this.context && typeof error === "object" && error && "digest" in error && typeof error.digest === "string") {', '    if (false && typeof error === "object" && error && "digest" in error && typeof error.digest === "string") {'],
  ["the error boundary's RSC redirect handler is dropped", '    if (this.context) {', '    if (false) {'],
])('%s', (_case, line, read) => {
  expect(dropRscRouter(`before\n${line}\nafter`)).toBe(`before\n${read}\nafter`);
});

// The rule follows where React Router's build reads the RSC flag; an upgrade that reads it another way fails here.
test.each(modules)('the installed %s reads RSCRouterContext nowhere once the RSC router is dropped', (file) => {
  const source = readFileSync(path.join(dist, file), 'utf8');
  expect(dropRscRouter(source)).not.toMatch(/(?<!function )useIsRSCRouterContext\(\)|this\.context\b/);
});

test("a Link's prefetching is the constant none, and every later line keeps its place", () => {
  const link = ['    let [shouldPrefetch, prefetchRef, prefetchHandlers] = usePrefetchBehavior(', '      prefetch,', '      rest', '    );', '    let internalOnClick = 1;'];
  expect(dropPagePrefetch(link.join('\n')).split('\n')).toEqual(['    let shouldPrefetch = false, prefetchRef = null, prefetchHandlers = {};', '', '', '', '    let internalOnClick = 1;']);
});

test('<Links> draws no page prefetch links', () => {
  expect(dropPagePrefetch('    ({ key, link }) => isPageLinkDescriptor(link) ? /* @__PURE__ */ React8.createElement(')).toBe('    ({ key, link }) => false ? /* @__PURE__ */ React8.createElement(');
});

test('the installed React Router prefetches pages nowhere once page prefetching is dropped', () => {
  const source = modules.map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
  const dropped = dropPagePrefetch(source);
  expect(dropped.match(/(?<!function )usePrefetchBehavior\(/g)).toBeNull();
  expect(dropped.match(/isPageLinkDescriptor\(link\) \?/g)).toBeNull();
  expect(dropped.split('\n')).toHaveLength(source.split('\n').length);
});

test("a NavLink's view-transition state is the constant false, and every later line keeps its place", () => {
  const source = modules.map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
  const dropped = dropNavLinkTransition(source);
  expect(dropped).toContain('    let isTransitioning = false;\n\n\n    let toPathname');
  expect(dropped.match(/(?<!function )useViewTransitionState\(/g)).toBeNull();
  expect(dropped.split('\n')).toHaveLength(source.split('\n').length);
});

// The rules hold while the app asks for neither: a `prefetch` or `viewTransition` prop, or a route's `links()` (which may name a page).
test("the app's sources give no Link a prefetch or a view transition and export no route links", () => {
  const src = path.resolve(import.meta.dirname, '..');
  const asking = readdirSync(src, { recursive: true, encoding: 'utf8' })
    // The build's own code (this plugin) names them; it runs in Node, never in a page.
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith(`build${path.sep}`))
    .filter((file) => /\bprefetch=|\bviewTransition\b|export (const|function|async function) links\b/.test(readFileSync(path.join(src, file), 'utf8')));
  expect(asking).toEqual([]);
});

/** What the plugin makes of one React Router module when Vite runs `command`. */
function transformed(command: ResolvedConfig['command'], code: string): string {
  const plugin = pureReactRouter();
  (plugin.configResolved as (config: Pick<ResolvedConfig, 'command'>) => void)({ command });
  const handler = (plugin.transform as { handler: (code: string, id: string) => { code: string } | null }).handler;
  return handler(code, '/app/node_modules/react-router/dist/development/index.mjs')?.code ?? code;
}

test.each([
  ['a build drops the developer code', 'build', 'var ENABLE_DEV_WARNINGS = false;'],
  ['the dev server keeps React Router\'s warnings', 'serve', 'var ENABLE_DEV_WARNINGS = true;'],
] as const)('%s', (_case, command, kept) => {
  const code = transformed(command, 'var Form = React10.forwardRef(\nvar ENABLE_DEV_WARNINGS = true;\n');
  expect(code.split('\n')).toEqual(['var Form = /* @__PURE__ */ React10.forwardRef(', kept, '']);
});

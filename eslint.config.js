// Lint keeps the layers of docs/architecture.md: imports run one way, pure folders stay free of React, the
// store, the router and Node, and app code never reaches into test helpers. Style is left to the reviewers.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Tests and the helpers only tests import (test/, and the fault-injection suite in src/store/faults): they run
// in Node and may read the vault from disk.
const tests = ['src/**/*.test.{ts,tsx}', 'test/**', 'src/store/faults/**'];

// The folders with no React, no store and no router: the same code runs in the browser, the build and the CLI.
const pure = ['src/content/**', 'src/early/**', 'src/quiz/**', 'src/review/**', 'src/progress/**', 'src/search/**', 'src/diagram/**/*.ts'];

// Every layer from the bottom up; a file may import its own layer and the ones listed before it.
const layers = [
  { name: 'pure', files: pure },
  { name: 'ui', files: ['src/ui/**'] },
  { name: 'store', files: ['src/store/**'] },
  { name: 'views', files: ['src/i18n/**', 'src/diagram/**/*.tsx', 'src/pwa/**'] },
  { name: 'routes', files: ['src/routes/**'] },
  // src/app: React Router's root, route modules and entries (issue 13), the top of the app as main.tsx was.
  { name: 'main', files: ['src/main.{ts,tsx}', 'src/app/**'] },
];
const buildTime = ['src/build/**', 'src/cli/**'];

/** Zones that refuse an import from any layer above the target's (and, for app code, from build-time code). */
const upwardZones = (withBuildTime) =>
  layers.flatMap((layer, rank) =>
    layer.files.map((target) => ({
      target,
      from: [...layers.slice(rank + 1).flatMap((above) => above.files), ...(withBuildTime ? buildTime : [])],
      message: `this imports upward from ${layer.name}: imports run content/diagram/quiz/search, ui -> store -> i18n and views -> routes -> main (docs/architecture.md).`,
    })),
  ).filter((zone) => zone.from.length > 0);

/** The zone rule: the layers, plus the build's own limits. */
const zoneRule = (withBuildTime) => [
  'error',
  {
    zones: [
      ...upwardZones(withBuildTime),
      // The build reads notes into modules; it never pulls in the browser app.
      {
        target: 'src/build/**',
        from: ['src/ui/**', 'src/store/**', 'src/i18n/**', 'src/diagram/**/*.tsx', 'src/pwa/**', 'src/routes/**', 'src/main.{ts,tsx}', 'src/cli/**'],
        message: 'build-time code reads notes; it does not import the browser app or the CLI.',
      },
    ],
  },
];

const frameworkMessage = 'Pure folders stay free of React, zustand, the router and styles (docs/architecture.md).';
const frameworkPackages = ['react', 'react-dom', 'zustand', 'react-router'].map((name) => ({ name, message: frameworkMessage }));
const frameworkPatterns = { group: ['react/*', 'react-dom/*', 'zustand/*', 'react-router/*', '**/*.css'], message: frameworkMessage };
const orderMessage = 'Sort titles, names and tags with compareText (src/content/text-order.ts): the runtime locale\'s order differs between the pre-render and the reader\'s browser.';
const testHelpers = {
  group: ['**/test/**', '**/faults/*'],
  message: 'Test helpers (test/, store/faults) are for tests; app code does not import them.',
};

export default tseslint.config(
  { ignores: ['.react-router/**', 'dist/**', 'dist-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-restricted-paths': zoneRule(true),
      // The codebase marks deliberately unused names with a leading underscore.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  // Tests run in Node: they may read the vault with the build's reader, but still never import upward.
  {
    files: tests,
    rules: { 'import-x/no-restricted-paths': zoneRule(false), '@typescript-eslint/no-this-alias': 'off' },
  },
  { files: ['src/**'], ignores: tests, rules: { 'no-restricted-imports': ['error', { patterns: [testHelpers] }] } },
  // A list sorted by the runtime's own locale comes out in one order in the pre-render (Node, the build machine's
  // LANG) and in another in the reader's browser: every listing order is src/content/text-order.ts's.
  {
    files: ['src/**'],
    ignores: [...tests, 'src/content/text-order.ts'],
    rules: {
      'no-restricted-properties': ['error', { property: 'localeCompare', message: orderMessage }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.object.name='Intl'][callee.property.name='Collator']", message: orderMessage }],
    },
  },
  {
    files: pure,
    ignores: tests,
    rules: {
      'no-restricted-imports': ['error', { paths: frameworkPackages, patterns: [frameworkPatterns, testHelpers] }],
      'import-x/no-nodejs-modules': 'error',
    },
  },
  // Tests of pure code: helpers allowed, frameworks still not (a nested array means "matches all of these").
  {
    files: pure.flatMap((dir) => tests.map((test) => [dir, test])),
    rules: { 'no-restricted-imports': ['error', { paths: frameworkPackages, patterns: [frameworkPatterns] }] },
  },
);

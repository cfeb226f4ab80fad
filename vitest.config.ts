import { defineConfig } from 'vitest/config';

// Unit tests run in Node; component tests opt into jsdom with a `// @vitest-environment jsdom` comment.
export default defineConfig({
  resolve: {
    // @panzoom/panzoom says "type": "module" but its "main" is a UMD file, which Node cannot import; the
    // browser build takes its "module" entry, and so do the tests.
    // A note page's long-note parts and the search index's address are modules the build makes; unit tests get
    // stand-ins with no parts and an index no test serves (test/*-stub.ts).
    alias: {
      '@panzoom/panzoom': '@panzoom/panzoom/dist/panzoom.es.js',
      'virtual:examflow/note-parts': new URL('test/note-parts-stub.ts', import.meta.url).pathname,
      'virtual:examflow/search-index': new URL('test/search-index-stub.ts', import.meta.url).pathname,
    },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
  },
});

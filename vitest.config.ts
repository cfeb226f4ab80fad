import { defineConfig } from 'vitest/config';

// Unit tests run in Node; component tests opt into jsdom with a `// @vitest-environment jsdom` comment.
export default defineConfig({
  resolve: {
    // @panzoom/panzoom says "type": "module" but its "main" is a UMD file, which Node cannot import; the
    // browser build takes its "module" entry, and so do the tests.
    alias: { '@panzoom/panzoom': '@panzoom/panzoom/dist/panzoom.es.js' },
  },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit tests run in Node; component tests opt into jsdom with a `// @vitest-environment jsdom` comment.
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    testTimeout: 30_000,
  },
});

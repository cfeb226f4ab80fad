import path from 'node:path';
import { createLogger, loadConfigFromFile } from 'vite';

// Vite checks the config's whole import graph for what Node could not load natively (an import without its
// file extension, `__dirname`…) and prints one line per finding on every `npm run dev` and `npm run build`.
// Build-time modules therefore import with extensions; this test names the first one that forgets.
test('vite.config.ts and everything it imports load without a warning', async () => {
  const warnings: string[] = [];
  const logger = createLogger('warn');
  logger.warn = (message) => void warnings.push(message);
  logger.warnOnce = logger.warn;
  const root = path.resolve(import.meta.dirname, '../..');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, undefined, root, 'warn', logger);
  expect(loaded?.path).toBe(path.join(root, 'vite.config.ts'));
  expect(warnings).toEqual([]);
});

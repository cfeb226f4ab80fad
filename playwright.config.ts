import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium (CHROMIUM_PATH overrides); Playwright's own browser where neither exists.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const launchOptions = {
  ...(chromium ? { executablePath: chromium } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
};
const vite = 'node_modules/.bin/vite';

/** The e2e journeys run against built sites served by `vite preview`, as a static host would serve them. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: { trace: 'retain-on-failure', launchOptions, ...devices['Desktop Chrome'] },
  projects: [
    {
      name: 'app',
      testIgnore: [/hostile\.spec\.ts/, /subpath\.spec\.ts/],
      use: { baseURL: 'http://localhost:4173' },
    },
    {
      name: 'hostile',
      testMatch: /hostile\.spec\.ts/,
      use: { baseURL: 'http://localhost:4175' },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: 'http://localhost:4174' },
    },
  ],
  webServer: [
    {
      command: `${vite} preview --port 4173 --strictPort`,
      url: 'http://localhost:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The hostile-notes vault, built on its own so its notes never reach the shipped site.
      command: `EXAMFLOW_CONTENT=e2e/fixtures/hostile-vault ${vite} build --outDir dist-hostile --logLevel error && ${vite} preview --outDir dist-hostile --port 4175 --strictPort`,
      url: 'http://localhost:4175',
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // The site as GitHub Pages project pages serve it: every URL under /examflow/.
      command: `BASE_PATH=/examflow/ ${vite} build --outDir dist-subpath --logLevel error && ${vite} preview --outDir dist-subpath --base /examflow/ --port 4174 --strictPort`,
      url: 'http://localhost:4174/examflow/',
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});

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
// E2E_PORT moves the preview servers (app, subpath, hostile, obsidian, packs, big) so that two checkouts can run at once.
const port = Number(process.env.E2E_PORT ?? 4173);
const [appPort, subpathPort, hostilePort, obsidianPort, packsPort, bigPort] = [port, port + 1, port + 2, port + 3, port + 4, port + 5];
// A generated vault the size of the sample (272 notes), for journeys whose cost grows with the vault.
const sampleSized = 'node_modules/.cache/examflow/e2e-vault-272';

/** The e2e journeys run against built sites served by `vite preview`, as a static host would serve them. */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: { trace: 'retain-on-failure', launchOptions, ...devices['Desktop Chrome'] },
  projects: [
    {
      name: 'app',
      testIgnore: [/hostile\.spec\.ts/, /subpath\.spec\.ts/, /obsidian\.spec\.ts/, /remote-images\.spec\.ts/, /packs\.spec\.ts/, /big-note[\w-]*\.spec\.ts/, /many-options\.spec\.ts/, /reader-locale\.spec\.ts/],
      use: { baseURL: `http://localhost:${appPort}` },
    },
    {
      name: 'hostile',
      testMatch: /hostile\.spec\.ts/,
      use: { baseURL: `http://localhost:${hostilePort}` },
    },
    {
      name: 'obsidian',
      // csp.spec checks this vault's pages too: the seed notes have no Mermaid diagram, math or remote image; reader-locale.spec
      // needs its notes titled and tagged in Korean and English.
      testMatch: [/obsidian\.spec\.ts/, /csp\.spec\.ts/, /remote-images\.spec\.ts/, /reader-locale\.spec\.ts/],
      use: { baseURL: `http://localhost:${obsidianPort}` },
    },
    {
      name: 'packs',
      testMatch: /packs\.spec\.ts/,
      use: { baseURL: `http://localhost:${packsPort}` },
    },
    {
      name: 'big',
      testMatch: /(big-note[\w-]*|many-options)\.spec\.ts/,
      use: { baseURL: `http://localhost:${bigPort}` },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { baseURL: `http://localhost:${subpathPort}` },
    },
  ],
  webServer: [
    {
      command: `${vite} preview --port ${appPort} --strictPort`,
      url: `http://localhost:${appPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // The hostile-notes vault, built on its own so its notes never reach the shipped site.
      command: `EXAMFLOW_CONTENT=e2e/fixtures/hostile-vault ${vite} build --outDir dist-hostile --logLevel error && ${vite} preview --outDir dist-hostile --port ${hostilePort} --strictPort`,
      url: `http://localhost:${hostilePort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // A vault written in all of Obsidian's syntax, built on its own like the hostile one.
      command: `EXAMFLOW_CONTENT=e2e/fixtures/obsidian-vault ${vite} build --outDir dist-obsidian --logLevel error && ${vite} preview --outDir dist-obsidian --port ${obsidianPort} --strictPort`,
      url: `http://localhost:${obsidianPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
    {
      // gen:vault is deterministic: the same seed writes the same 272 notes on every machine.
      command: `npm run gen:vault --silent -- 272 ${sampleSized} --seed e2e && EXAMFLOW_CONTENT=${sampleSized} ${vite} build --outDir dist-packs --logLevel error && ${vite} preview --outDir dist-packs --port ${packsPort} --strictPort`,
      url: `http://localhost:${packsPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      // A vault with a note of BIG_NOTE_MB megabytes (2 unless set: parts enough, a build of about a minute), generated now, never
      // committed, and built again only when its sources changed (make-big-vault.ts); its port is E2E_PORT + 5.
      command: `node_modules/.bin/tsx e2e/support/make-big-vault.ts e2e/.generated/big-vault dist-big && ${vite} preview --outDir dist-big --port ${bigPort} --strictPort`,
      url: `http://localhost:${bigPort}`,
      reuseExistingServer: !process.env.CI,
      timeout: 600_000,
    },
    {
      // The site as GitHub Pages project pages serve it: every URL under /examflow/.
      command: `BASE_PATH=/examflow/ ${vite} build --outDir dist-subpath --logLevel error && ${vite} preview --outDir dist-subpath --base /examflow/ --port ${subpathPort} --strictPort`,
      url: `http://localhost:${subpathPort}/examflow/`,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
});

import path from 'node:path';
import type { Config } from '@react-router/dev/config';
import { CLIENT_BUILD, REACT_ROUTER_BUILD } from './src/build/build-folder';
import { finishSite } from './src/build/finish-site';
import { PRERENDER_CONCURRENCY } from './src/build/prerender-shares';
import { prerenderPlan } from './src/build/prerender-plan';
import { vaultSitePaths } from './src/build/vault-site-paths';

// The same environment as vite.config.ts: EXAMFLOW_CONTENT names the vault, BASE_PATH the sub-path.
const contentDir = process.env.EXAMFLOW_CONTENT ?? 'content';
const basename = process.env.BASE_PATH ?? '/';

/**
 * React Router framework mode without a server: every page of the vault is pre-rendered to HTML at build
 * time (on every core) and the app hydrates it. finishSite then adds what a static host needs and the service worker.
 */
export default {
  appDirectory: 'src/app',
  buildDirectory: REACT_ROUTER_BUILD,
  basename,
  ssr: false,
  // React Router pre-renders the first share of the pages (one of each kind) on this thread while worker threads
  // pre-render the others (src/build/prerender-plugin.ts, started from vite.config.ts with the same plan).
  prerender: { paths: async () => (await prerenderPlan(contentDir))[0] ?? [], concurrency: PRERENDER_CONCURRENCY },
  future: { v8_viteEnvironmentApi: true },
  buildEnd: async ({ viteConfig }) =>
    finishSite({
      viteConfig,
      clientDir: CLIENT_BUILD,
      outDir: path.resolve(viteConfig.root, viteConfig.build.outDir),
      pagePaths: await vaultSitePaths(contentDir),
      siteUrl: process.env.SITE_URL || undefined,
    }),
} satisfies Config;

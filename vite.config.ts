import { reactRouter } from '@react-router/dev/vite';
import { defineConfig } from 'vite';
import { previewFallback } from './src/build/preview-fallback.ts';
import { examflowContent } from './src/build/vite-plugin.ts';
import { paths } from './src/routes/paths.ts';
import { examflowPwa } from './src/build/pwa-plugin.ts';
import { chunkFileName } from './src/build/chunk-names.ts';
import { startChunkSplitting } from './src/build/start-chunks.ts';
import { pureReactRouter } from './src/build/pure-react-router.ts';
import { headHoistables } from './src/build/head-hoistables.ts';
import { preloadHelperHead } from './src/build/preload-helper-head.ts';
import { examflowPrerender } from './src/build/prerender-plugin.ts';
import { examflowPageFinish } from './src/build/page-finish-plugin.ts';
import { prerenderPlan } from './src/build/prerender-plan.ts';

// EXAMFLOW_CONTENT points the app at any vault; BASE_PATH builds for a sub-path such as /examflow/;
// SITE_URL (https://example.com) makes canonical links, sitemap.xml and robots.txt absolute.
const contentDir = process.env.EXAMFLOW_CONTENT ?? 'content';
const base = process.env.BASE_PATH ?? '/';

// The shell runs on every page; a first visit lands on the home page, a note or a tag page.
const startChunkRules = {
  shell: /(entry\.client\.[jt]sx?|[\\/]app[\\/]root\.tsx|[\\/]app[\\/]routes[\\/]pages\.tsx)(\?|$)/,
  landing: { home: /[\\/]app[\\/]routes[\\/]home\.tsx(\?|$)/, note: /[\\/]app[\\/]routes[\\/]note\.tsx(\?|$)/, tag: /[\\/]app[\\/]routes[\\/]tag\.tsx(\?|$)/ },
};

export default defineConfig(({ isPreview }) => ({
  base,
  // React Router's plugin builds the browser's files, pre-renders every page (react-router.config.ts) and
  // then hands the site to src/build/finish-site.ts, which moves it to build.outDir (dist by default) and
  // writes 404.html, _redirects and _headers. `vite preview` only serves the finished folder.
  plugins: isPreview
    ? [previewFallback()]
    : [reactRouter(), pureReactRouter(), headHoistables(), preloadHelperHead(), examflowContent({ dir: contentDir, paths }), examflowPrerender({ shares: () => prerenderPlan(contentDir) }), examflowPageFinish(), examflowPwa()],
  // Pre-rendering runs the app in Node: a browser-only package without a Node ESM entry is bundled in.
  ssr: { noExternal: ['@panzoom/panzoom'] },
  define: { 'import.meta.env.VITE_SITE_URL': JSON.stringify(process.env.SITE_URL ?? '') },
  // The manifest lets `npm run bench` and src/cli/bundle-report.ts follow each page's static imports.
  // Browsers that run ES2022 support modulepreload, so the polyfill would only cost bytes.
  // Fonts (KaTeX's) stay files: the CSP allows fonts from 'self' only, never data: URLs.
  build: { assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/i.test(file) ? false : undefined), target: 'es2022', sourcemap: false, reportCompressedSize: true, manifest: true, modulePreload: { polyfill: false },
    // A note's chunk is named after its file; long names are cut so no built file passes 255 bytes.
    // What every page runs at start (client entry, root and layout routes) and what two landing pages share
    // go to two chunks instead of ~27 small ones; each route module stays its own entry chunk.
    rolldownOptions: { output: { chunkFileNames: chunkFileName, codeSplitting: startChunkSplitting(startChunkRules) } } },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
}));

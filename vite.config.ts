import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/build/csp.ts';
import { examflowContent } from './src/build/vite-plugin.ts';
import { paths } from './src/routes/paths.ts';
import { deepLinkFallbacks } from './src/build/deep-link-fallbacks.ts';
import { examflowPwa } from './src/build/pwa-plugin.ts';
import { chunkFileName } from './src/build/chunk-names.ts';

// EXAMFLOW_CONTENT points the app at any vault; BASE_PATH builds for a sub-path such as /examflow/.
const contentDir = process.env.EXAMFLOW_CONTENT ?? 'content';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), examflowContent({ dir: contentDir, paths }), contentSecurityPolicy(), examflowPwa(), deepLinkFallbacks()],
  // The manifest lets `npm run bench` and src/cli/bundle-report.ts follow the home page's static imports.
  // Browsers that run ES2022 support modulepreload, so the polyfill would only cost bytes.
  // Fonts (KaTeX's) stay files: the CSP allows fonts from 'self' only, never data: URLs.
  build: { assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/i.test(file) ? false : undefined), target: 'es2022', sourcemap: false, reportCompressedSize: true, manifest: true, modulePreload: { polyfill: false },
    // A note's chunk is named after its file; long names are cut so no built file passes 255 bytes.
    rolldownOptions: { output: { chunkFileNames: chunkFileName } } },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});

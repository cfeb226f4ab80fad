import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './src/build/csp';
import { examflowContent } from './src/content/vite-plugin';

// EXAMFLOW_CONTENT points the app at any vault; BASE_PATH builds for a sub-path such as /examflow/.
const contentDir = process.env.EXAMFLOW_CONTENT ?? 'content';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base,
  plugins: [react(), examflowContent({ dir: contentDir }), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: true },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});

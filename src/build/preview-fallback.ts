import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The page a static host serves for a path with no file of its own: the app's shell (see finish-site). */
export const SHELL_FILE = '__spa-fallback.html';

/** The built file a page request gets (`/notes/x` -> `notes/x/index.html`), or the shell when there is none. */
export function pageFile(outDir: string, urlPath: string): string {
  const decoded = decodeURIComponent(urlPath);
  const file = path.join(outDir, decoded);
  if (!file.startsWith(outDir)) return SHELL_FILE;
  if (existsSync(path.join(file, 'index.html'))) return path.posix.join(decoded, 'index.html').replace(/^\//, '');
  return SHELL_FILE;
}

/**
 * What a page request for `urlPath` is answered with: its page, or the shell for a path that names no file. A path
 * whose last segment holds a dot is a file's (left to Vite) unless a page lives there: the tag `..` has the page
 * `/tags/~.~.`, which the static hosts serve from `tags/~.~./index.html` and Vite's own fallback answered with home.
 */
export function pageRequestFile(outDir: string, urlPath: string): string | undefined {
  const page = pageFile(outDir, urlPath);
  return path.extname(urlPath) && page === SHELL_FILE ? undefined : page;
}

/**
 * Makes `vite preview` answer like the static hosts the site is built for (_redirects, 404.html): a path
 * with a pre-rendered page gets it, any other gets the app's shell instead of the home page.
 */
export function previewFallback(): Plugin {
  return {
    name: 'examflow-preview-fallback',
    configurePreviewServer(server) {
      const { base, root, build } = server.config;
      const outDir = path.resolve(root, build.outDir);
      server.middlewares.use((req, _res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const inside = url.pathname.startsWith(base) ? url.pathname.slice(base.length - 1) : null;
        // Vite's own fallback under a base path answers every page with the home page; name the file instead.
        const file = inside !== null && req.headers.accept?.includes('text/html') ? pageRequestFile(outDir, inside) : undefined;
        if (file !== undefined) req.url = `${base}${encodeURI(file)}`;
        next();
      });
    },
  };
}

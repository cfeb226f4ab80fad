/**
 * Serves `virtual:examflow/page-finish` to the server entry (src/app/entry.server.tsx): in a build's server bundle, a
 * function that finishes each pre-rendered page as it is rendered (src/build/finish-page.ts), with the start scripts
 * made once here from the browser's build; in the dev server and the browser's bundle, null (pages stay as rendered).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { CLIENT_BUILD } from './build-folder.ts';
import { startScript } from './defer-app-start.ts';
import { searchPreloads } from './search-preloads.ts';
import type { StartScripts } from './finish-page.ts';

export const PAGE_FINISH_MODULE = 'virtual:examflow/page-finish';
const RESOLVED = `\0${PAGE_FINISH_MODULE}`;
const FINISH_PAGE = fileURLToPath(new URL('./finish-page.ts', import.meta.url));

/** The module's code in a build's server bundle: the scripts as data, the finishing from finish-page.ts. */
export function pageFinishCode(scripts: StartScripts, base: string, finishPageFile = FINISH_PAGE): string {
  return [
    `import { finishPage, isHomePath } from ${JSON.stringify(finishPageFile)};`,
    `const scripts = ${JSON.stringify(scripts)};`,
    `const base = ${JSON.stringify(base)};`,
    'export default function finish(html, pathname, spaMode) {',
    '  return finishPage(html, scripts, !spaMode && isHomePath(pathname, base));',
    '}',
    '',
  ].join('\n');
}

/** The plugin; `clientDir` is where the browser's build (and its manifest) is written. */
export function examflowPageFinish(clientDir = CLIENT_BUILD): Plugin {
  let base = '/';
  let building = false;
  return {
    name: 'examflow-page-finish',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    resolveId(id) {
      return id === PAGE_FINISH_MODULE ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      if (!building || this.environment.config.consumer !== 'server') return 'export default null;\n';
      // The server bundle is built after the browser's, whose manifest names the first search's scripts.
      const preloads = await searchPreloads(clientDir, base);
      return pageFinishCode({ page: startScript(undefined, preloads), home: startScript(base, preloads) }, base);
    },
  };
}

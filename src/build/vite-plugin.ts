/**
 * The Vite plugin that serves the vault as modules: a small index for the home page, one lazily loaded module per
 * note, the search index and the quiz packs. The vault is read once per build (src/build/load-vault.ts; again when a
 * file changes in dev) and each module's code is made from it (src/build/vault-module-code.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { NOTE_FILES } from './build-folder.ts';
import { limitHeapGrowth } from './heap-growth.ts';
import { loadVault, stopRendering, type LoadedVault } from './load-vault.ts';
import { createNoteFiles, type NoteFiles } from './note-files.ts';
import type { AppPaths } from './obsidian/vault-hrefs.ts';
import { DEV_SEARCH_DIR, devSearchFile } from './search-assets.ts';
import { vaultModuleCode } from './vault-module-code.ts';
import { VIRTUAL } from './vault-modules.ts';

// The app's src folder: the parser's fingerprint and the workers' sources are read from it.
const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Serves the content folder as modules: a small index for the home page, one lazily loaded module per
 * note, and the search index. Notes are parsed once per build (and again when a file changes in dev).
 */
export function examflowContent(options: { dir: string; paths: AppPaths }): Plugin {
  const dir = path.resolve(options.dir);
  let vault: Promise<LoadedVault> | null = null;
  let log: (message: string) => void = (message) => console.warn(message);
  let base = '/';
  // Where the search index's files are: beside the built assets, or under the dev server's own path.
  let searchDir = 'assets';
  let root = process.cwd();
  // A build renders its notes in worker threads (render-pool.ts); the dev server renders each note as it is asked for.
  let building = false;
  // The real folders the last scan read: the dev server watches these, never following a link itself.
  let folders: string[] = [dir];
  let onScan: (scanned: string[]) => void = () => undefined;
  // Module code by id, shared by a build's environments: the browser's bundle and the server bundle that
  // pre-renders pages load the same notes, and rendering a note's Markdown is most of a large build's work.
  const codeById = new Map<string, string>();
  // Read by the pre-render, then removed by finishSite (src/build/finish-site.ts) once every page is written.
  const noteFiles = createNoteFiles(NOTE_FILES);

  const load = () =>
    (vault ??= loadVault({
      dir,
      srcDir: SRC_DIR,
      root,
      base,
      paths: options.paths,
      building,
      log,
      onFolders: (scanned) => {
        folders = scanned;
        onScan(folders);
      },
    }));

  const reloadOnChange = (server: ViteDevServer, file: string) => {
    // Any file of the vault may be embedded by a note; Obsidian's settings (templates, app.json) change every note.
    if (![dir, ...folders].some((folder) => file === folder || file.startsWith(folder + path.sep))) return;
    vault = null;
    for (const id of server.moduleGraph.idToModuleMap.keys()) {
      if (id.startsWith('\0virtual:examflow/')) {
        const mod = server.moduleGraph.getModuleById(id);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    }
    server.ws.send({ type: 'full-reload' });
  };

  /**
   * The code of the virtual module `bare` (a virtual id without its leading NUL), or undefined. A build passes
   * `files`, where the pre-render reads each note that shows no attachment from.
   */
  const loadModule = async (bare: string, server: boolean, files?: NoteFiles): Promise<string | undefined> =>
    vaultModuleCode(await load(), bare, { dir, base, searchDir, server, ...(files ? { files } : {}) });

  return {
    name: 'examflow-content',
    config(_config, env) {
      // A build holds little at once but allocates a lot: V8's default pacing let its heap reach 3–4 times that.
      if (env.command === 'build') limitHeapGrowth();
      // Vite's watcher (chokidar) follows symlinks itself and never stops on a loop; the vault scan follows
      // each link once and hands the dev server the real folders to watch instead.
      return { server: { watch: { followSymlinks: false } } };
    },
    configResolved(config) {
      log = (message) => config.logger.warn(message);
      base = config.base;
      searchDir = config.command === 'serve' ? DEV_SEARCH_DIR : config.build.assetsDir;
      root = config.root;
      building = config.command === 'build';
    },
    buildStart() {
      // React Router builds the browser's bundle first and the server's after it, from the same notes.
      if (this.environment.name !== 'client') return;
      vault = null;
      codeById.clear();
      noteFiles.clear();
    },
    async generateBundle() {
      // The search worker fetches these itself (src/search/open-index.ts); only the browser's bundle needs them.
      if (this.environment.name !== 'client') return;
      for (const [name, source] of (await (await load()).searchFiles()).files) this.emitFile({ type: 'asset', fileName: `${searchDir}/${name}`, source });
    },
    buildEnd() {
      // The server bundle is the last to read the notes: pre-rendering then runs without them in memory.
      if (this.environment.name === 'client') return;
      void vault?.then(stopRendering, () => undefined);
      vault = null;
      codeById.clear();
    },
    resolveId(id) {
      // The modules only declare data: an import whose names go unused (a page that needs no note index)
      // is dropped from the bundle instead of being loaded for nothing.
      return id.startsWith('virtual:examflow/') ? { id: `\0${id}`, moduleSideEffects: false } : undefined;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:examflow/')) return undefined;
      const server = this.environment.config.consumer === 'server';
      if (this.environment.mode === 'dev') return loadModule(id.slice(1), server);
      // The note-parts and packs modules differ between the bundles: the browser's loads parts and packs, the
      // pre-render's holds the parts and loads no pack. Only the browser's bundle imports a pack, so no pack's
      // code is kept for the second bundle.
      const bare = id.slice(1);
      if (bare.startsWith(VIRTUAL.packPrefix)) return loadModule(bare, server, noteFiles);
      const key = bare === VIRTUAL.noteParts || bare === VIRTUAL.packs ? `${id}@${server ? 'server' : 'client'}` : id;
      let code = codeById.get(key);
      if (code === undefined) {
        code = await loadModule(bare, server, noteFiles);
        if (code !== undefined) codeById.set(key, code);
      }
      return code;
    },
    configureServer(server) {
      server.watcher.add(dir);
      onScan = (scanned) => server.watcher.add(scanned);
      load().catch(() => undefined);
      server.middlewares.use((req, res, next) => {
        const name = devSearchFile(req.url ?? '');
        if (!name) return next();
        load().then(async (built) => {
          const text = (await built.searchFiles()).files.get(name);
          if (text === undefined) return next();
          res.setHeader('Content-Type', 'application/json');
          res.end(text);
        }, next);
      });
      for (const event of ['add', 'change', 'unlink'] as const) {
        server.watcher.on(event, (file) => reloadOnChange(server, path.resolve(file)));
      }
    },
  };
}

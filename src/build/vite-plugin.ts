import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readVault } from './read-vault.ts';
import { buildVault, formatDiagnostics, type BuiltVault } from './build-vault.ts';
import { indexModule, jsonModule, stringModule, VIRTUAL } from './vault-modules.ts';

/**
 * Serves the content folder as modules: a small index for the home page, one lazily loaded module per
 * note, and the search index. Notes are parsed once per build (and again when a file changes in dev).
 */
export function examflowContent(options: { dir: string }): Plugin {
  const dir = path.resolve(options.dir);
  let vault: Promise<BuiltVault> | null = null;
  let log: (message: string) => void = (message) => console.warn(message);

  const load = () => {
    vault ??= readVault(dir).then((files) => {
      const built = buildVault(files);
      const report = formatDiagnostics(built.notes, dir);
      if (report) log(report);
      return built;
    });
    return vault;
  };

  const reloadOnChange = (server: ViteDevServer, file: string) => {
    // A new templates folder in Obsidian's settings changes which files are notes.
    const config = file.startsWith(path.join(dir, '.obsidian')) && file.endsWith('.json');
    if (!file.startsWith(dir) || !(file.toLowerCase().endsWith('.md') || config)) return;
    vault = null;
    for (const id of server.moduleGraph.idToModuleMap.keys()) {
      if (id.startsWith('\0virtual:examflow/')) {
        const mod = server.moduleGraph.getModuleById(id);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'examflow-content',
    configResolved(config) {
      log = (message) => config.logger.warn(message);
    },
    buildStart() {
      vault = null;
    },
    resolveId(id) {
      return id.startsWith('virtual:examflow/') ? `\0${id}` : undefined;
    },
    async load(id) {
      if (!id.startsWith('\0virtual:examflow/')) return undefined;
      const bare = id.slice(1);
      const built = await load();
      if (bare === VIRTUAL.home) return jsonModule(built.home);
      if (bare === VIRTUAL.index) return indexModule(built.summaries);
      if (bare === VIRTUAL.searchIndex) return stringModule(built.searchIndex());
      if (bare.startsWith(VIRTUAL.notePrefix)) {
        const note = built.bySlug.get(bare.slice(VIRTUAL.notePrefix.length));
        return note ? jsonModule(note) : undefined;
      }
      return undefined;
    },
    configureServer(server) {
      server.watcher.add(dir);
      for (const event of ['add', 'change', 'unlink'] as const) {
        server.watcher.on(event, (file) => reloadOnChange(server, path.resolve(file)));
      }
    },
  };
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import type { Note } from '../content/types.ts';
import type { VaultBlueprint } from '../quiz/blueprint.ts';
import { assembleVault, formatDiagnostics, type BuiltVault } from './build-vault.ts';
import { noteModuleCode, packModuleCode, partModuleCode } from './obsidian/note-module-code.ts';
import { isLongNote, moveWidgets, partChunks, splitBody } from './obsidian/note-parts.ts';
import { createVaultRenderer, linkTargets, type RenderedNote } from './obsidian/render-vault.ts';
import { hrefTable } from './obsidian/href-table.ts';
import { renderInWorkers, renderThreads, type RenderedNotes } from './render-pool.ts';
import { bundleWorker, WORKER_THRESHOLD } from './parse-pool.ts';
import { parserFingerprint } from './parse-cache.ts';
import { vaultSources } from './shared-sources.ts';
import { vaultHrefs, type AppPaths } from './obsidian/vault-hrefs.ts';
import { addRenderDiagnostics } from './obsidian/vault-links.ts';
import { listAttachments, loadVaultSettings } from './obsidian/vault-settings.ts';
import { formatBlueprintDiagnostics, readBlueprint } from './blueprint/read-blueprint.ts';
import { formatSkippedLinks, scanVault } from './read-vault.ts';
import { outlineHtml } from './reading/outline-html.ts';
import { vaultReading, type VaultReading } from './reading/reading-aids.ts';
import { indexModule, jsonModule, noteLoadersModule, packsModule, prerenderPacksModule, partChunkModule, partLoadersModule, partsIndexModule, partsTableModule, searchIndexModule, VIRTUAL } from './vault-modules.ts';
import { DEV_SEARCH_DIR, devSearchFile, searchAssets, type SearchAssets } from './search-assets.ts';
import { packVault, type VaultPacks } from './vault-packs.ts';
import { compactDiagnostics } from '../content/group-diagnostics.ts';
import { toQuizNote, type NoteModule, type PartWidgets } from '../content/note-module.ts';
import { buildParseOptions, parseNotes, type ParseStats } from './parse-notes.ts';
import { limitHeapGrowth } from './heap-growth.ts';
import { NOTE_FILES } from './build-folder.ts';
import { createNoteFiles, type NoteFiles } from './note-files.ts';
import { rememberSitePaths } from './vault-site-paths.ts';

// The app's src folder: the parser's fingerprint and the parse worker's source are read from it.
const SRC_DIR = fileURLToPath(new URL('..', import.meta.url));

/** A note as its modules serve it: its data, quiz part, and a long note's later parts, their widgets and outline. */
interface SplitNote {
  module: NoteModule;
  rendered: RenderedNote;
  part: { json: string; attachments: string[] };
  parts: string[];
  widgets: PartWidgets[];
  outline: string[];
}

/** One line saying how the vault's parse went (`EXAMFLOW_PARSE_STATS=1` prints it; the bench reads it). */
export function parseStatsLine(stats: ParseStats): string {
  return `EXAMFLOW_PARSE ${JSON.stringify(stats)}`;
}

/** One line saying how the render workers went (`EXAMFLOW_PARSE_STATS=1` prints it). */
export function renderStatsLine(stats: { notes: number; inWorkers: number; ms: number }): string {
  return `EXAMFLOW_RENDER ${JSON.stringify(stats)}`;
}

/** Bundles the render worker's entry into `cacheDir` (once per fingerprint of the code) and gives its file. */
async function renderWorkerFile(cacheDir: string): Promise<string> {
  const fingerprint = await parserFingerprint(SRC_DIR, path.join(SRC_DIR, '..', 'package-lock.json'));
  const file = path.join(cacheDir, `render-worker-${fingerprint}.mjs`);
  await bundleWorker(path.join(SRC_DIR, 'build', 'render-worker.ts'), file);
  return file;
}

/**
 * Serves the content folder as modules: a small index for the home page, one lazily loaded module per
 * note, and the search index. Notes are parsed once per build (and again when a file changes in dev).
 */
export function examflowContent(options: { dir: string; paths: AppPaths }): Plugin {
  const dir = path.resolve(options.dir);
  let vault: Promise<BuiltVault & { searchFiles: () => SearchAssets; render: (note: Note) => RenderedNote; rendered: RenderedNotes | null; longSlugs: string[]; longSplits: Map<string, Promise<SplitNote>>; blueprint: VaultBlueprint | null; reading: VaultReading; packs: () => VaultPacks }> | null = null;
  // The quiz part of notes rendered for their chunk but not yet packed: a note chunk and its pack share one
  // render, and a part leaves the map once its pack is written, so the build does not hold every note twice.
  let quizParts = new Map<string, { json: string; attachments: string[] }>();
  let packed = new Set<string>();
  let log: (message: string) => void = (message) => console.warn(message);
  let base = '/';
  // Where the search index's files are: beside the built assets, or under the dev server's own path.
  let searchDir = 'assets';
  let root = process.cwd();
  // A build renders its notes in worker threads (render-pool.ts); the dev server renders each note as it is asked for.
  let building = false;
  // Notes the build's main thread rendered itself: none when the workers did their job (EXAMFLOW_PARSE_STATS shows it).
  let renderedHere = 0;
  // The real folders the last scan read: the dev server watches these, never following a link itself.
  let folders: string[] = [dir];
  let onScan: (scanned: string[]) => void = () => undefined;
  // Module code by id, shared by a build's environments: the browser's bundle and the server bundle that
  // pre-renders pages load the same notes, and rendering a note's Markdown is most of a large build's work.
  const codeById = new Map<string, string>();
  // Read by the pre-render, then removed by finishSite (src/build/finish-site.ts) once every page is written.
  const noteFiles = createNoteFiles(NOTE_FILES);

  const load = () => {
    if (vault) return vault;
    const parseOptions = buildParseOptions(dir, SRC_DIR, root, log);
    // The render worker is bundled while the notes are parsed (kept beside the parse worker, named by the same fingerprint).
    const renderWorker = building && parseOptions.workers > 1 ? renderWorkerFile(parseOptions.cacheDir) : null;
    renderWorker?.catch(() => undefined);
    vault = Promise.all([scanVault(dir), loadVaultSettings(dir), listAttachments(dir)]).then(async ([scanned, settings, attachments]) => {
      const files = scanned.files;
      folders = scanned.folders;
      onScan(folders);
      const links = formatSkippedLinks(scanned.skippedLinks);
      if (links) log(`examflow: ${links.replace(/\n/g, `\nexamflow: `)}`);
      // With a render worker the sources live in the block it shares, and the main thread reads them there too.
      const { sources, shared } = vaultSources(files, renderWorker !== null && files.length >= WORKER_THRESHOLD);
      const { parsed, stats } = await parseNotes(files, parseOptions);
      if (process.env.EXAMFLOW_PARSE_STATS === '1') process.stderr.write(`${parseStatsLine(stats)}\n`);
      const built = assembleVault(parsed, { check: (notes) => addRenderDiagnostics(notes, sources, attachments, settings) });
      // The pre-render's plan and the site's finishing take the pages from this parse (src/build/vault-site-paths.ts).
      rememberSitePaths(dir, built.summaries);
      const report = formatDiagnostics(built.notes, dir);
      if (report) log(report);
      const blueprint = await readBlueprint(dir, built.summaries);
      const problems = formatBlueprintDiagnostics(blueprint);
      if (problems) log(problems);
      // Markdown becomes HTML here, at build time, so the browser ships no Markdown or Obsidian code.
      const hrefs = vaultHrefs(base, options.paths);
      const render = createVaultRenderer({ notes: built.notes, sources, attachments, settings, ...hrefs });
      let packs: VaultPacks | null = null;
      let search: SearchAssets | null = null;
      const inOrder = built.summaries.flatMap((summary) => built.bySlug.get(summary.slug) ?? []);
      renderedHere = 0;
      // Rendered in the order the build asks for notes (its note loaders and packs follow the index). A note's
      // diagrams are not rendered: the worker gets none, and the module takes them from the parse as before.
      const rendered =
        renderWorker && shared
          ? renderInWorkers(
              inOrder.map((note) => ({ ...note, diagrams: [] })),
              { links: linkTargets(built.notes), sources: shared, attachments, settings, hrefs: hrefTable(built.notes, hrefs) },
              renderWorker,
              renderThreads(parseOptions.workers),
            )
          : null;
      if (rendered && process.env.EXAMFLOW_PARSE_STATS === '1') void rendered.done.then((done) => process.stderr.write(`${renderStatsLine(done)}\n`));
      quizParts = new Map();
      packed = new Set();
      // A long note's split is kept (longSplits): its chunk, its part list and each part (in either bundle) read
      // the same one, and splitting again per part module (the quiz JSON of every diagram, the outline's HTML)
      // made a 20 MB note's build quadratic in its ~2,500 parts.
      const longSlugs = built.summaries.flatMap((summary) => {
        const note = built.bySlug.get(summary.slug);
        return note && isLongNote(note) ? [note.slug] : [];
      });
      return { ...built, searchFiles: () => (search ??= searchAssets(built.searchIndex())), render, rendered, longSlugs, longSplits: new Map(), blueprint, reading: vaultReading(built.notes, built.summaries, sources), packs: () => (packs ??= packVault(inOrder)) };
    });
    return vault;
  };

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
  const loadModule = async (bare: string, server: boolean, files?: NoteFiles): Promise<string | undefined> => {
    const built = await load();
    if (bare === VIRTUAL.home) return jsonModule(built.home);
    if (bare === VIRTUAL.index) return indexModule(built.summaries);
    if (bare === VIRTUAL.searchIndex) return searchIndexModule(`${base}${searchDir}/${built.searchFiles().head}`);
    if (bare === VIRTUAL.questions) return jsonModule(built.questions());
    if (bare === VIRTUAL.blueprint) return jsonModule(built.blueprint);
    const fileUrl = (file: string) => path.join(dir, file);
    const renderNote = async (slug: string): Promise<SplitNote | undefined> => {
      const note = built.bySlug.get(slug);
      if (!note) return undefined;
      const kept = built.longSplits.get(slug);
      if (kept) return kept;
      // A long note's parts are loaded at once: they all wait for the one split.
      if (!isLongNote(note)) return splitNote(note, await built.rendered?.take(slug));
      const split = built.rendered ? built.rendered.take(slug).then((found) => splitNote(note, found)) : Promise.resolve(splitNote(note, null));
      built.longSplits.set(slug, split);
      return split;
    };
    const splitNote = (note: NoteModule, fromWorker: RenderedNote | null | undefined): SplitNote => {
      if (!fromWorker) renderedHere++;
      const rendered = fromWorker ?? built.render(note);
      const reading = built.reading.of(note.slug, rendered.outline);
      // A long note's data carries its first part; the later parts are modules of their own (note-parts.ts).
      const long = isLongNote(note);
      const body = long ? splitBody(rendered.note.blocks) : { blocks: rendered.note.blocks, parts: [] };
      // So is its outline (thousands of headings at megabytes): HTML beside the parts, a count in the data.
      const outline = long ? outlineHtml(reading.outline) : [];
      const aids = long ? { ...reading, outline: [], movedOutline: reading.outline.length } : reading;
      // Problems saying the same thing travel once, with their lines (a thousand repeated options are six).
      const whole = { ...rendered.note, blocks: body.blocks, diagrams: note.diagrams, reading: aids, diagnostics: compactDiagnostics(rendered.note.diagnostics) };
      // A quiz pack holds every question and diagram; the page's data only the first part's.
      const part = { json: JSON.stringify(toQuizNote(whole)), attachments: rendered.attachments };
      const { module, widgets } = moveWidgets(whole, body.parts.length);
      return { module, rendered, part, parts: body.parts, widgets, outline };
    };
    if (bare === VIRTUAL.noteLoaders) {
      // A note rendered for its pack is written already; the others are rendered and written now.
      for (const { slug } of files ? built.summaries : []) {
        if (files?.files.has(slug)) continue;
        const found = await renderNote(slug);
        if (found && found.rendered.attachments.length === 0) files?.write(slug, JSON.stringify(found.module));
      }
      return noteLoadersModule(built.summaries, files?.files);
    }
    if (bare === VIRTUAL.noteParts) {
      if (!server) return partsIndexModule(built.longSlugs);
      const found = await Promise.all(built.longSlugs.map((slug) => renderNote(slug)));
      return partsTableModule(built.longSlugs, found.map((note) => note?.parts.length ?? 0), found.map((note) => note?.outline ?? []));
    }
    if (bare.startsWith(VIRTUAL.partsPrefix)) {
      const found = await renderNote(bare.slice(VIRTUAL.partsPrefix.length));
      return partLoadersModule(bare.slice(VIRTUAL.partsPrefix.length), partChunks(found?.parts.map((html) => html.length) ?? []), found?.outline);
    }
    if (bare.startsWith(VIRTUAL.partChunkPrefix)) {
      const rest = bare.slice(VIRTUAL.partChunkPrefix.length);
      const cut = rest.lastIndexOf('/parts-');
      const [start, end] = rest.slice(cut + '/parts-'.length).split('-').map(Number);
      return cut < 0 || start === undefined || end === undefined ? undefined : partChunkModule(rest.slice(0, cut), start, end);
    }
    if (bare.startsWith(VIRTUAL.partPrefix)) {
      const rest = bare.slice(VIRTUAL.partPrefix.length);
      const cut = rest.lastIndexOf('/part-');
      const found = await renderNote(rest.slice(0, cut));
      const index = Number(rest.slice(cut + '/part-'.length));
      const html = found?.parts[index];
      const widgets = found?.widgets[index] ?? { questions: [], flows: [], diagrams: [] };
      return found && html !== undefined ? partModuleCode({ html, ...widgets }, found.rendered, fileUrl) : undefined;
    }
    if (bare === VIRTUAL.packs) return server ? prerenderPacksModule(built.packs().packOf) : packsModule(built.packs().packOf, built.packs().count);
    if (bare.startsWith(VIRTUAL.packPrefix)) {
      const slugs = built.packs().members[Number(bare.slice(VIRTUAL.packPrefix.length))];
      if (!slugs) return undefined;
      const parts: { json: string; attachments: string[] }[] = [];
      for (const slug of slugs) {
        let part = quizParts.get(slug);
        if (!part) {
          // The browser's bundle packs every note without loading it: the pre-render reads the note written
          // from this render instead of rendering it a second time.
          const found = await renderNote(slug);
          if (found && found.rendered.attachments.length === 0) files?.write(slug, JSON.stringify(found.module));
          part = found?.part;
        }
        quizParts.delete(slug);
        packed.add(slug);
        if (part) parts.push(part);
      }
      return packModuleCode(parts, fileUrl);
    }
    if (bare.startsWith(VIRTUAL.notePrefix)) {
      const slug = bare.slice(VIRTUAL.notePrefix.length);
      const found = await renderNote(slug);
      if (!found) return undefined;
      if (found.module.questions.length > 0 && !packed.has(slug)) quizParts.set(slug, found.part);
      return noteModuleCode(found.module, found.rendered, fileUrl);
    }
    return undefined;
  };

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
      for (const [name, source] of (await load()).searchFiles().files) this.emitFile({ type: 'asset', fileName: `${searchDir}/${name}`, source });
    },
    buildEnd() {
      // The server bundle is the last to read the notes: pre-rendering then runs without them in memory.
      if (this.environment.name === 'client') return;
      void vault?.then((built) => built.rendered?.stop(), () => undefined);
      if (vault && process.env.EXAMFLOW_PARSE_STATS === '1') process.stderr.write(`EXAMFLOW_RENDER_MAIN ${renderedHere}\n`);
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
        load().then((built) => {
          const text = built.searchFiles().files.get(name);
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

/**
 * A vault read for its modules: scanned, parsed (in workers, from the cache), assembled and checked, with its
 * blueprint and reading aids; in a build, its notes rendered in worker threads from here on
 * (src/build/render-pool.ts) while the bundler asks for them.
 */
import type { VaultBlueprint } from '../quiz/blueprint.ts';
import { formatBlueprintDiagnostics, readBlueprint } from './blueprint/read-blueprint.ts';
import { renderMainLine, parseStatsLine, renderStatsLine, searchStatsLine } from './build-stat-lines.ts';
import { assembleVault, formatDiagnostics, type BuiltVault } from './build-vault.ts';
import { hrefTable } from './obsidian/href-table.ts';
import { isLongNote } from './obsidian/note-parts.ts';
import { createVaultRenderer, linkTargets } from './obsidian/render-vault.ts';
import { vaultHrefs, type AppPaths } from './obsidian/vault-hrefs.ts';
import { addRenderDiagnostics } from './obsidian/vault-links.ts';
import { listAttachments, loadVaultSettings } from './obsidian/vault-settings.ts';
import { buildParseOptions, parseNotes } from './parse-notes.ts';
import { WORKER_THRESHOLD } from './parse-pool.ts';
import { formatSkippedLinks, scanVault } from './read-vault.ts';
import { vaultReading } from './reading/reading-aids.ts';
import { renderInWorkers, renderThreads, type RenderedNotes } from './render-pool.ts';
import { searchAssets, type SearchAssets } from './search-assets.ts';
import { indexInWorker } from './search-pool.ts';
import { vaultSources } from './shared-sources.ts';
import { noteSplits, type NoteSplits } from './note-splits.ts';
import { packVault, type VaultPacks } from './vault-packs.ts';
import { rememberSitePaths } from './vault-site-paths.ts';
import { workerFile } from './worker-file.ts';

/** A vault as the plugin's modules read it. */
export interface LoadedVault extends BuiltVault {
  /** The search index's files: made by a worker in a large build (started once the vault is assembled), else here when first asked for. */
  searchFiles: () => Promise<SearchAssets>;
  /** The notes the render workers render, or null (dev, small vaults). */
  rendered: RenderedNotes | null;
  /** Each note rendered and split for its modules. */
  splits: NoteSplits;
  /** The slugs of long notes, in the index's order. */
  longSlugs: string[];
  blueprint: VaultBlueprint | null;
  packs: () => VaultPacks;
  /**
   * The quiz part of notes rendered for their chunk but not yet packed: a note chunk and its pack share one
   * render, and a part leaves the map once its pack is written, so the build does not hold every note twice.
   */
  quizParts: Map<string, { json: string; attachments: string[] }>;
  /** The notes whose pack is written. */
  packed: Set<string>;
}

/** Where the vault is and how the build or dev server reads it. */
export interface LoadVaultOptions {
  dir: string;
  /** The app's src folder: the parser's fingerprint and the workers' sources are read from it. */
  srcDir: string;
  /** The project's root: the parse cache and bundled workers live in its node_modules/.cache. */
  root: string;
  base: string;
  paths: AppPaths;
  /** A build renders its notes in worker threads; the dev server renders each note as it is asked for. */
  building: boolean;
  log: (message: string) => void;
  /** Told the real folders the scan read (the dev server watches these). */
  onFolders: (folders: string[]) => void;
}

/** Reads the vault in `options.dir`. */
export function loadVault(options: LoadVaultOptions): Promise<LoadedVault> {
  const { dir, log } = options;
  const parseOptions = buildParseOptions(dir, options.srcDir, options.root, log);
  // The render worker is bundled while the notes are parsed (kept beside the parse worker, named by the same fingerprint).
  const renderWorker = options.building && parseOptions.workers > 1 ? workerFile(parseOptions.cacheDir, 'render-worker') : null;
  renderWorker?.catch(() => undefined);
  return Promise.all([scanVault(dir), loadVaultSettings(dir), listAttachments(dir)]).then(async ([scanned, settings, attachments]) => {
    const files = scanned.files;
    options.onFolders(scanned.folders);
    const links = formatSkippedLinks(scanned.skippedLinks);
    if (links) log(`examflow: ${links.replace(/\n/g, `\nexamflow: `)}`);
    // With a render worker the sources live in the block it shares, and the main thread reads them there too.
    const { sources, shared } = vaultSources(files, renderWorker !== null && files.length >= WORKER_THRESHOLD);
    const { parsed, stats } = await parseNotes(files, parseOptions);
    if (process.env.EXAMFLOW_PARSE_STATS === '1') process.stderr.write(`${parseStatsLine(stats)}\n`);
    const built = assembleVault(parsed, { check: (notes) => addRenderDiagnostics(notes, sources, attachments, settings) });
    // Indexed for search by a worker while this thread goes on (src/build/search-pool.ts), where the notes render in workers too.
    let search: Promise<SearchAssets> | null = null;
    if (shared) {
      const indexing = indexInWorker(built.handOverSearch(), workerFile(parseOptions.cacheDir, 'search-worker'));
      if (process.env.EXAMFLOW_PARSE_STATS === '1') void indexing.then((done) => process.stderr.write(`${searchStatsLine(done)}\n`), () => undefined);
      search = indexing.then((done) => done.assets);
    }
    // The pre-render's plan and the site's finishing take the pages from this parse (src/build/vault-site-paths.ts).
    rememberSitePaths(dir, built.summaries);
    const report = formatDiagnostics(built.notes, dir);
    if (report) log(report);
    const blueprint = await readBlueprint(dir, built.summaries);
    const problems = formatBlueprintDiagnostics(blueprint);
    if (problems) log(problems);
    // Markdown becomes HTML here, at build time, so the browser ships no Markdown or Obsidian code.
    const hrefs = vaultHrefs(options.base, options.paths);
    const render = createVaultRenderer({ notes: built.notes, sources, attachments, settings, ...hrefs });
    let packs: VaultPacks | null = null;
    const inOrder = built.summaries.flatMap((summary) => built.bySlug.get(summary.slug) ?? []);
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
    const longSlugs = built.summaries.flatMap((summary) => {
      const note = built.bySlug.get(summary.slug);
      return note && isLongNote(note) ? [note.slug] : [];
    });
    const reading = vaultReading(built.notes, built.summaries, sources);
    return {
      ...built,
      searchFiles: () => (search ??= Promise.resolve().then(() => searchAssets(built.searchIndex()))),
      rendered,
      splits: noteSplits({ bySlug: built.bySlug, render, rendered, reading }),
      longSlugs,
      blueprint,
      packs: () => (packs ??= packVault(inOrder)),
      quizParts: new Map(),
      packed: new Set(),
    };
  });
}

/** Stops a loaded vault's render workers, saying (with `EXAMFLOW_PARSE_STATS=1`) how many notes this thread rendered. */
export function stopRendering(vault: LoadedVault): void {
  vault.rendered?.stop();
  if (process.env.EXAMFLOW_PARSE_STATS === '1') process.stderr.write(`${renderMainLine(vault.splits.renderedHere)}\n`);
}

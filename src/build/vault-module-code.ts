/**
 * The code of each virtual module (src/build/vault-modules.ts names them) from a loaded vault
 * (src/build/load-vault.ts): the index, the search index's head, each note, a long note's parts and the quiz packs.
 */
import path from 'node:path';
import type { LoadedVault } from './load-vault.ts';
import type { NoteFiles } from './note-files.ts';
import { noteModuleCode, packModuleCode, partModuleCode } from './obsidian/note-module-code.ts';
import { partChunks } from './obsidian/note-parts.ts';
import { indexModule, jsonModule, noteLoadersModule, packsModule, prerenderPacksModule, partChunkModule, partLoadersModule, partsIndexModule, partsTableModule, searchIndexModule, VIRTUAL } from './vault-modules.ts';

/** Where the modules are loaded for. */
export interface ModuleContext {
  /** The vault's folder: attachments are imported from it. */
  dir: string;
  /** The site's base path. */
  base: string;
  /** Where the search index's files are served, under the base. */
  searchDir: string;
  /** For the server bundle (the pre-render) rather than the browser's. */
  server: boolean;
  /** In a build, where the pre-render reads each note that shows no attachment from. */
  files?: NoteFiles;
}

/** The code of the virtual module `bare` (a virtual id without its leading NUL), or undefined. */
export async function vaultModuleCode(built: LoadedVault, bare: string, context: ModuleContext): Promise<string | undefined> {
  const { server, files } = context;
  if (bare === VIRTUAL.home) return jsonModule(built.home);
  if (bare === VIRTUAL.index) return indexModule(built.summaries);
  if (bare === VIRTUAL.searchIndex) return searchIndexModule(`${context.base}${context.searchDir}/${(await built.searchFiles()).head}`);
  if (bare === VIRTUAL.questions) return jsonModule(built.questions());
  if (bare === VIRTUAL.blueprint) return jsonModule(built.blueprint);
  const fileUrl = (file: string) => path.join(context.dir, file);
  const renderNote = (slug: string) => built.splits.get(slug);
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
      let part = built.quizParts.get(slug);
      if (!part) {
        // The browser's bundle packs every note without loading it: the pre-render reads the note written
        // from this render instead of rendering it a second time.
        const found = await renderNote(slug);
        if (found && found.rendered.attachments.length === 0) files?.write(slug, JSON.stringify(found.module));
        part = found?.part;
      }
      built.quizParts.delete(slug);
      built.packed.add(slug);
      if (part) parts.push(part);
    }
    return packModuleCode(parts, fileUrl);
  }
  if (bare.startsWith(VIRTUAL.notePrefix)) {
    const slug = bare.slice(VIRTUAL.notePrefix.length);
    const found = await renderNote(slug);
    if (!found) return undefined;
    if (found.module.questions.length > 0 && !built.packed.has(slug)) built.quizParts.set(slug, found.part);
    return noteModuleCode(found.module, found.rendered, fileUrl);
  }
  return undefined;
}

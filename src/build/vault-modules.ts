import type { NoteSummary } from '../content/note-summary.ts';

/** The ids of the virtual modules the Vite plugin serves. */
export const VIRTUAL = {
  home: 'virtual:examflow/home',
  index: 'virtual:examflow/index',
  notePrefix: 'virtual:examflow/note/',
  searchIndex: 'virtual:examflow/search-index',
  questions: 'virtual:examflow/questions',
  packs: 'virtual:examflow/packs',
  packPrefix: 'virtual:examflow/question-pack-',
  blueprint: 'virtual:examflow/blueprint',
} as const;

/** A JSON value as module code: `JSON.parse("...")` parses faster in browsers than an object literal. */
export function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/** A string as module code: a single string literal, escaped once, for data that is already JSON. */
export function stringModule(text: string): string {
  return `export default ${JSON.stringify(text)};\n`;
}

/**
 * The index module: note summaries for the home page, plus one lazy loader per note so that every
 * note body is its own chunk and the index grows by bytes per note, not by note bodies.
 */
export function indexModule(summaries: NoteSummary[]): string {
  const loaders = summaries
    .map((s) => `  ${JSON.stringify(s.slug)}: () => import(${JSON.stringify(VIRTUAL.notePrefix + s.slug)}),`)
    .join('\n');
  return [
    `export const notes = JSON.parse(${JSON.stringify(JSON.stringify(summaries))});`,
    `const loaders = {\n${loaders}\n};`,
    'export function loadNote(slug) {',
    '  const load = Object.prototype.hasOwnProperty.call(loaders, slug) ? loaders[slug] : undefined;',
    '  return load ? load().then((m) => m.default) : Promise.resolve(undefined);',
    '}',
    '',
  ].join('\n');
}

/**
 * The packs module: the pack of each note (aligned with the index's `notes`, -1 for none) and one lazy
 * loader per question pack, so a quiz opens a few packs instead of one chunk per note.
 */
export function packsModule(packOf: readonly number[], count: number): string {
  const loaders = Array.from({ length: count }, (_, i) => `  () => import(${JSON.stringify(VIRTUAL.packPrefix + i)}),`).join('\n');
  return [
    `export const packOf = JSON.parse(${JSON.stringify(JSON.stringify(packOf))});`,
    `const loaders = [\n${loaders}\n];`,
    'export function loadPack(pack) {',
    '  const load = Number.isInteger(pack) ? loaders[pack] : undefined;',
    '  return load ? load().then((m) => m.default) : Promise.resolve([]);',
    '}',
    '',
  ].join('\n');
}

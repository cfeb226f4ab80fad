import type { NoteSummary } from '../content/note-summary.ts';
import { COPY_BUTTON_HTML } from './obsidian/rehype-code-blocks.ts';
import { REMOTE_LOAD_OPEN, REMOTE_LOAD_PLACE_OPEN } from './obsidian/rehype-remote-images.ts';
import { PARSER_YIELD, withParserYields } from './parser-yield.ts';

/** The ids of the virtual modules the Vite plugin serves. */
export const VIRTUAL = {
  home: 'virtual:examflow/home',
  index: 'virtual:examflow/index',
  noteLoaders: 'virtual:examflow/note-loaders',
  notePrefix: 'virtual:examflow/note/',
  searchIndex: 'virtual:examflow/search-index',
  questions: 'virtual:examflow/questions',
  packs: 'virtual:examflow/packs',
  packPrefix: 'virtual:examflow/question-pack-',
  blueprint: 'virtual:examflow/blueprint',
  noteParts: 'virtual:examflow/note-parts',
  partsPrefix: 'virtual:examflow/note-parts/',
  partPrefix: 'virtual:examflow/note-part/',
  partChunkPrefix: 'virtual:examflow/note-part-chunk/',
} as const;

/** A JSON value as module code: `JSON.parse("...")` parses faster in browsers than an object literal. */
export function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/** The index module: note summaries for the home page and every page that lists or counts notes. */
export function indexModule(summaries: NoteSummary[]): string {
  return `export const notes = JSON.parse(${JSON.stringify(JSON.stringify(summaries))});\n`;
}

/**
 * The note-loaders module: how the pre-render's note loader gets a note. A note in `files` (slug to the path
 * of its JSON text) is read from disk on each call, so nothing of it stays once its page is rendered; any other
 * note (one that shows attachments, or every note in the dev server) is a lazily imported chunk of its own.
 * Only the pre-render imports this module: the browser reads each page's pre-rendered `.data` file.
 */
export function noteLoadersModule(summaries: NoteSummary[], files: ReadonlyMap<string, string> = new Map()): string {
  const loaders = summaries
    .filter((s) => !files.has(s.slug))
    .map((s) => `  ${JSON.stringify(s.slug)}: () => import(${JSON.stringify(VIRTUAL.notePrefix + s.slug)}),`)
    .join('\n');
  const read = files.size > 0;
  return [
    ...(read ? ["import { readFile } from 'node:fs/promises';", `const files = JSON.parse(${JSON.stringify(JSON.stringify(Object.fromEntries(files)))});`] : []),
    `const loaders = {\n${loaders}\n};`,
    'const own = (table, slug) => Object.prototype.hasOwnProperty.call(table, slug);',
    'export async function loadNote(slug) {',
    ...(read ? ['  if (own(files, slug)) return JSON.parse(await readFile(files[slug], "utf8"));'] : []),
    '  return own(loaders, slug) ? (await loaders[slug]()).default() : undefined;',
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

/**
 * The packs module as the pre-render gets it: each note's pack as data, and no pack to load. No page is
 * pre-rendered with a quiz in it (practice and exam are shells until the browser starts one), so the server
 * bundle imports no pack: a second copy of every question, which the bundler would parse and hold while it
 * builds the pre-render's code, at the build's highest memory. A pre-render that asks for a pack fails loudly.
 */
export function prerenderPacksModule(packOf: readonly number[]): string {
  return [
    `export const packOf = JSON.parse(${JSON.stringify(JSON.stringify(packOf))});`,
    'export function loadPack(pack) {',
    '  return Promise.reject(new Error(`examflow: question pack ${pack} is for the browser; the pre-render renders no quiz`));',
    '}',
    '',
  ].join('\n');
}

/** The id of a long note's `index`-th later part: its chunk is named `part-<index>`. */
export function partId(slug: string, index: number): string {
  return `${VIRTUAL.partPrefix}${slug}/part-${index}`;
}

/**
 * The note-parts module, as the browser gets it: per long note, a loader of its list of parts, so the bundle
 * grows by one line per long note and the parts come in chunks of several (partChunksModule), fetched when the
 * page needs them. The list is asked for once per note (again only after a failure): Vite's preload wrapper
 * around its import looks for each of the list's dependencies in the document, a walk of the whole page that,
 * once per part and per widget, grew with the parts already drawn (4.3 s of main thread over a 2 MB note
 * reached by a link).
 */
export function partsIndexModule(slugs: readonly string[]): string {
  const loaders = slugs.map((slug) => `  [${JSON.stringify(slug)}, () => import(${JSON.stringify(VIRTUAL.partsPrefix + slug)})],`).join('\n');
  return [
    `const notes = new Map([\n${loaders}\n]);`,
    'const lists = new Map();',
    'function listOf(slug) {',
    '  let list = lists.get(slug);',
    '  if (list) return list;',
    '  const load = notes.get(slug);',
    '  if (!load) return Promise.resolve(undefined);',
    '  list = load();',
    '  lists.set(slug, list);',
    '  list.catch(() => lists.delete(slug));',
    '  return list;',
    '}',
    'export function readPart() {',
    '  return undefined;',
    '}',
    'export function readWidgets() {',
    '  return undefined;',
    '}',
    'export async function loadWidgets(slug, index) {',
    '  return (await listOf(slug))?.loadPart(index);',
    '}',
    'export async function loadPart(slug, index) {',
    '  return (await (await listOf(slug))?.loadPart(index))?.html;',
    '}',
    'export function readOutline() {',
    '  return undefined;',
    '}',
    'export async function loadOutline(slug) {',
    '  return (await listOf(slug))?.outline;',
    '}',
    '',
  ].join('\n');
}

/** The id of the chunk of a long note's later parts `start` to `end` (not included): named `parts-<start>-<end>`. */
export function partChunkId(slug: string, start: number, end: number): string {
  return `${VIRTUAL.partChunkPrefix}${slug}/parts-${start}-${end}`;
}

/**
 * The chunk of a long note's later parts `start` to `end` (not included), for the browser: it imports each
 * part's module, so the bundler puts them in this one chunk, and exports them in order.
 */
export function partChunkModule(slug: string, start: number, end: number): string {
  const names = Array.from({ length: Math.max(0, end - start) }, (_, i) => `p${start + i}`);
  const imports = names.map((name, i) => `import ${name} from ${JSON.stringify(partId(slug, start + i))};`);
  return [...imports, `export default [${names.join(', ')}];`, ''].join('\n');
}

/**
 * One long note's list of parts, for the browser: `loadPart(index)` imports the chunk that holds the part
 * (`chunks`, from partChunks) and gives the part (its HTML and widgets' data), and starts the next chunk's
 * import too, so a page that draws the parts in order finds the next chunk on its way. Also its outline's HTML
 * in pieces (outline-html.ts), which a page drawn by the app fetches with the list.
 */
export function partLoadersModule(slug: string, chunks: readonly (readonly [number, number])[], outline: readonly string[] = []): string {
  const loaders = chunks.map(([start, end]) => `  () => import(${JSON.stringify(partChunkId(slug, start, end))}),`).join('\n');
  return [
    `const starts = ${JSON.stringify(chunks.map(([start]) => start))};`,
    `const ends = ${JSON.stringify(chunks.map(([, end]) => end))};`,
    `const chunks = [\n${loaders}\n];`,
    'export async function loadPart(index) {',
    '  const chunk = ends.findIndex((end) => index < end);',
    '  if (chunk < 0 || !Number.isInteger(index) || index < starts[chunk]) return undefined;',
    '  chunks[chunk + 1]?.().catch(() => {});',
    '  return (await chunks[chunk]()).default[index - starts[chunk]];',
    '}',
    `export const outline = JSON.parse(${JSON.stringify(JSON.stringify(outline))});`,
    '',
  ].join('\n');
}

/**
 * The note-parts module as the pre-render gets it: every long note's parts (and outline) imported at once, so a
 * page is rendered whole, in one pass, and no part's HTML nor long outline enters the page's data. Each part and
 * outline piece it reads ends with a parser yield point (parser-yield.ts), so the browser parses the page in short
 * tasks; the browser's own copies (partsIndexModule) carry none, as HTML it inserts runs no script. Nor does a part
 * it reads hold its code blocks' Copy buttons, which work only with the app: the app draws them as a part comes near
 * (StaticLaterBlocks). Chromium's autofill looks at every button of a page at DOMContentLoaded, and the 20 MB
 * note's 3,400 Copy buttons (with its diagrams' 5,000) made that one task of ~300 ms on a phone. A remote
 * image's Load button is likewise only its place there (the same box, hidden: the placeholder it sits in is
 * laid over the image's reserved box, so nothing moves), which the app makes a button as the part comes near.
 */
export function partsTableModule(slugs: readonly string[], counts: readonly number[], outlines: readonly (readonly string[])[] = []): string {
  const imports: string[] = [];
  const rows = slugs.map((slug, n) => {
    const names = Array.from({ length: counts[n] ?? 0 }, (_, i) => {
      imports.push(`import n${n}p${i} from ${JSON.stringify(partId(slug, i))};`);
      return `n${n}p${i}`;
    });
    return `  [${JSON.stringify(slug)}, [${names.join(', ')}]],`;
  });
  return [
    ...imports,
    `const notes = new Map([\n${rows.join('\n')}\n]);`,
    `const outlines = new Map(${JSON.stringify(slugs.map((slug, n) => [slug, withParserYields(outlines[n] ?? [])]))});`,
    `const yieldPoint = ${JSON.stringify(PARSER_YIELD)};`,
    `const copyButton = ${JSON.stringify(COPY_BUTTON_HTML)};`,
    `const loadButton = ${JSON.stringify(REMOTE_LOAD_OPEN)};`,
    `const loadPlace = ${JSON.stringify(REMOTE_LOAD_PLACE_OPEN)};`,
    'function withoutButtons(html) {',
    '  const text = html.replaceAll(copyButton, "");',
    '  if (!text.includes(loadButton)) return text;',
    '  return text.split(loadButton).map((piece, i) => (i === 0 ? piece : loadPlace + piece.replace("</button>", "</span>"))).join("");',
    '}',
    'export function readOutline(slug) {',
    '  return outlines.get(slug);',
    '}',
    'export async function loadOutline(slug) {',
    '  return outlines.get(slug);',
    '}',
    'export function readWidgets(slug, index) {',
    '  return notes.get(slug)?.[index];',
    '}',
    'export function readPart(slug, index) {',
    '  const html = notes.get(slug)?.[index]?.html;',
    '  return html === undefined ? undefined : withoutButtons(html) + yieldPoint;',
    '}',
    'export async function loadWidgets(slug, index) {',
    '  return notes.get(slug)?.[index];',
    '}',
    'export async function loadPart(slug, index) {',
    '  return readPart(slug, index);',
    '}',
    '',
  ].join('\n');
}

/**
 * The search index module: only where the index's head file is. The search worker fetches the head and the
 * parts it needs itself (src/search/open-index.ts), so the page's bundle holds no part of the index.
 */
export function searchIndexModule(headPath: string): string {
  return `export const head = ${JSON.stringify(headPath)};\n`;
}

/**
 * Rendering notes in the parse's worker threads, ahead of the bundler asking for them: the vault as plain data a
 * message can carry (the links' table, each note's and tag's URL, the sources and the notes to render shared
 * rather than copied, with a shared counter each worker takes its next note from), the renderer a worker builds
 * from it, and where each note's HTML waits on disk until the main thread reads it. A note a worker cannot render
 * exactly as the main thread would (a URL it was not told) is left to the main thread.
 */
import { closeSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Note } from '../content/types.ts';
import type { NoteHtml, LinkTarget, VaultInput } from './obsidian/render-vault.ts';
import { withFragment } from './obsidian/vault-hrefs.ts';
import type { VaultSettings } from './obsidian/vault-settings.ts';

/** Texts by key, UTF-8 in one buffer the workers share, with each text's byte range. */
export interface SharedTexts<K> {
  buffer: SharedArrayBuffer;
  ranges: Map<K, readonly [number, number]>;
}

/** Every note's Markdown by vault path. */
export type SharedSources = SharedTexts<string>;

/** What rendering reads of a note: its file and its Markdown fields. */
export type NoteToRender = Pick<Note, 'file' | 'blocks' | 'questions' | 'reason'>;

/** The notes to render as JSON by their index in the vault, and the counter the workers take indices from. */
export interface NoteQueue {
  notes: SharedTexts<number>;
  count: number;
  next: Int32Array;
}

/** The vault as a worker's renderer sees it: what `VaultInput` holds, as data. */
export interface RenderAheadVault {
  links: LinkTarget[];
  attachments: string[];
  settings: VaultSettings;
  /** Each note's URL (no fragment), by slug. */
  noteHrefs: Map<string, string>;
  /** Each tag's URL, for every tag a note of the vault carries. */
  tagHrefs: Map<string, string>;
  sources: SharedSources;
  queue: NoteQueue;
}

/** What the main thread renders with, from which `renderAheadVault` takes the workers' copy. */
export interface MainVaultInput {
  notes: readonly Note[];
  sources: ReadonlyMap<string, string>;
  attachments: readonly string[];
  settings: VaultSettings;
  noteHref: (slug: string, fragment: string | null) => string;
  tagHref: (tag: string) => string;
}

/** Thrown in a worker for what it was not told: the note is then rendered on the main thread. */
export class RenderAheadMiss extends Error {}

/** Puts `texts` into one shared buffer. */
export function shareTexts<K>(texts: Iterable<readonly [K, string]>): SharedTexts<K> {
  const entries = [...texts];
  let size = 0;
  for (const [, text] of entries) size += Buffer.byteLength(text, 'utf8');
  const buffer = new SharedArrayBuffer(size);
  const bytes = Buffer.from(buffer);
  const ranges = new Map<K, readonly [number, number]>();
  let at = 0;
  for (const [key, text] of entries) {
    const end = at + bytes.write(text, at, 'utf8');
    ranges.set(key, [at, end]);
    at = end;
  }
  return { buffer, ranges };
}

/** Reads one text back from the shared buffer (undefined for a key it does not hold). */
export function sharedText<K>(texts: SharedTexts<K>, key: K): string | undefined {
  const range = texts.ranges.get(key);
  return range ? Buffer.from(texts.buffer, range[0], range[1] - range[0]).toString('utf8') : undefined;
}

/** The notes to render, shared, each worker taking the next index from the counter until none is left. */
export function queueNotes(notes: readonly NoteToRender[]): NoteQueue {
  const json = notes.map(({ file, blocks, questions, reason }, index) => [index, JSON.stringify({ file, blocks, questions, reason })] as const);
  return { notes: shareTexts(json), count: notes.length, next: new Int32Array(new SharedArrayBuffer(4)) };
}

/** The next note of the queue for this worker, with its index, or null once every note is taken. */
export function takeNote(queue: NoteQueue): { index: number; note: NoteToRender } | null {
  const index = Atomics.add(queue.next, 0, 1);
  const json = index < queue.count ? sharedText(queue.notes, index) : undefined;
  return json === undefined ? null : { index, note: JSON.parse(json) as NoteToRender };
}

/** The workers' copy of what the main thread renders with. */
export function renderAheadVault(input: MainVaultInput): RenderAheadVault {
  const tags = new Set(input.notes.flatMap((note) => note.tags));
  return {
    links: input.notes.map(({ slug, file, aliases, heading, title }) => ({ slug, file, aliases, heading, title })),
    attachments: [...input.attachments],
    settings: input.settings,
    noteHrefs: new Map(input.notes.map((note) => [note.slug, input.noteHref(note.slug, null)])),
    tagHrefs: new Map([...tags].map((tag) => [tag, input.tagHref(tag)])),
    sources: shareTexts(input.sources),
    queue: queueNotes(input.notes),
  };
}

/** The renderer's input in a worker, from the shared vault. */
export function vaultInputOf(vault: RenderAheadVault): VaultInput {
  const known = (table: Map<string, string>, key: string, what: string) => {
    const href = table.get(key);
    if (href === undefined) throw new RenderAheadMiss(`no URL for the ${what} ${JSON.stringify(key)}`);
    return href;
  };
  return {
    notes: vault.links,
    sources: { get: (file) => sharedText(vault.sources, file) },
    attachments: vault.attachments,
    settings: vault.settings,
    noteHref: (slug, fragment) => withFragment(known(vault.noteHrefs, slug, 'note'), fragment),
    tagHref: (tag) => known(vault.tagHrefs, tag, 'tag'),
  };
}

/** Where a note's HTML waits: a byte range of its worker's file. */
export interface AheadSpot {
  file: string;
  offset: number;
  length: number;
}

/** A worker's one file of notes' HTML, one after the other: one file per worker, not thousands of small ones. */
export interface AheadWriter {
  write: (html: NoteHtml) => AheadSpot;
  close: () => void;
}

/** Opens the file `name` in `dir` for a worker's notes. */
export function openAheadFile(dir: string, name: string): AheadWriter {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  let offset = 0;
  return {
    write: (html) => {
      const bytes = Buffer.from(JSON.stringify(html), 'utf8');
      writeSync(fd, bytes);
      const spot = { file, offset, length: bytes.length };
      offset += bytes.length;
      return spot;
    },
    close: () => closeSync(fd),
  };
}

/** Reads back a note's HTML a worker wrote. */
export function readAhead(spot: AheadSpot): NoteHtml {
  const bytes = Buffer.alloc(spot.length);
  const fd = openSync(spot.file, 'r');
  try {
    readSync(fd, bytes, 0, spot.length, spot.offset);
  } finally {
    closeSync(fd);
  }
  return JSON.parse(bytes.toString('utf8')) as NoteHtml;
}

/**
 * The workers' files by note slug, from their indices in the parse (the notes' order): what the main thread reads
 * instead of rendering. Rendering ahead that fails leaves every note to the main thread, with a warning.
 */
export async function aheadBySlug(byIndex: Promise<Map<number, AheadSpot>>, notes: readonly Pick<Note, 'slug'>[], warn: (message: string) => void): Promise<Map<string, AheadSpot>> {
  try {
    const files = await byIndex;
    return new Map([...files].flatMap(([index, spot]) => (notes[index] ? [[notes[index].slug, spot] as const] : [])));
  } catch (error) {
    warn(`examflow: rendering notes in worker threads failed (${error instanceof Error ? error.message : String(error)}); rendering them on the main thread`);
    return new Map();
  }
}

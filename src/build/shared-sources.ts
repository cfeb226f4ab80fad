/**
 * The vault's Markdown sources in one shared block of memory: every render worker reads a note's source (its
 * footnotes, an embed of it) from it instead of holding its own copy of every note. A copy per worker cost
 * ~75 MB each at 5,000 notes (text with any character past Latin-1 is held at two bytes a character), which
 * took the build's peak past 1 GB; this block is ~37 MB of UTF-8, once, and a source is decoded when read.
 */

/** Each note's Markdown by file, as what reads it needs: a map of the sources, or a shared block read by `readSharedSources`. */
export type SourceLookup = Pick<ReadonlyMap<string, string>, 'get'>;

/** Sources as UTF-8 in a SharedArrayBuffer, with where each file's text lies in it. */
export interface SharedSources {
  buffer: SharedArrayBuffer;
  /** Each file's start and end offset in `buffer`. */
  spans: Map<string, [number, number]>;
}

/** Puts `sources` (file to text) into one shared block. */
export function shareSources(sources: ReadonlyMap<string, string>): SharedSources {
  let size = 0;
  for (const text of sources.values()) size += Buffer.byteLength(text, 'utf8');
  const buffer = new SharedArrayBuffer(size);
  const bytes = Buffer.from(buffer);
  const spans = new Map<string, [number, number]>();
  let at = 0;
  for (const [file, text] of sources) {
    const end = at + bytes.write(text, at, 'utf8');
    spans.set(file, [at, end]);
    at = end;
  }
  return { buffer, spans };
}

/** The sources of a shared block, read as a map's `get`: each text decoded when it is asked for. */
export function readSharedSources(shared: SharedSources): SourceLookup {
  const bytes = Buffer.from(shared.buffer);
  return {
    get(file) {
      const span = shared.spans.get(file);
      return span ? bytes.toString('utf8', span[0], span[1]) : undefined;
    },
  };
}

/**
 * The vault's sources by file (`/`-separated) for the build's main thread. Shared (when render workers read
 * them too), the main thread reads the same block as the workers and keeps no map of its own: its strings
 * (~32 MB of heap at 5,000 notes, two bytes a character past Latin-1) were held beside the block through the
 * bundle's peak. Otherwise (dev, small vaults) a plain map.
 */
export function vaultSources(files: readonly { file: string; markdown: string }[], share: boolean): { sources: SourceLookup; shared: SharedSources | null } {
  const map = new Map(files.map((entry) => [entry.file.replace(/\\/g, '/'), entry.markdown]));
  if (!share) return { sources: map, shared: null };
  const shared = shareSources(map);
  return { sources: readSharedSources(shared), shared };
}

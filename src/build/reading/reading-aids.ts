/** The reading aids of every note (outline, backlinks, default neighbours), worked out once per build. */
import type { NoteLink, OutlineHeading, ReadingAids } from '../../content/note-module.ts';
import type { Note } from '../../content/types.ts';
import type { SourceLookup } from '../shared-sources.ts';
import { backlinksOf } from './backlinks.ts';
import { defaultNeighbours } from './neighbours.ts';

/** The levels the outline lists: the title (h1) is the page's own heading, and deeper levels crowd it. */
const OUTLINE_DEPTHS = new Set([2, 3]);

/** What a vault knows of reading its notes; `of(slug, headings)` gives one note's aids for its chunk. */
export interface VaultReading {
  of: (slug: string, headings: readonly OutlineHeading[]) => ReadingAids;
}

/** Reads the vault's links and order once; each note's chunk then asks for its own aids. */
export function vaultReading(notes: readonly Note[], summaries: readonly NoteLink[], sources: SourceLookup): VaultReading {
  const backlinks = backlinksOf(notes, sources);
  const neighbours = defaultNeighbours(summaries);
  return {
    of: (slug, headings) => ({
      outline: headings.filter((heading) => OUTLINE_DEPTHS.has(heading.depth)),
      backlinks: backlinks.get(slug) ?? [],
      neighbours: neighbours.get(slug) ?? { previous: null, next: null, index: 0, total: 0 },
    }),
  };
}

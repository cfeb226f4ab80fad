/**
 * The URLs rendered HTML links to, as data: a render worker thread cannot be handed the app's `paths`
 * functions, so the main thread looks up each note's URL and each tag's URL once and the worker reads them
 * from this table. A tag the table lacks (the vault's tag lists should hold every tag a note's text writes)
 * stops that note's render in the worker, and the main thread renders it with the functions instead.
 */

/** Each note's URL without a fragment, and each tag's URL, by slug and by tag. */
export interface HrefTable {
  notes: Map<string, string>;
  tags: Map<string, string>;
}

/** The link shapes the renderer takes (src/build/obsidian/vault-hrefs.ts makes them from the app's paths). */
export interface Hrefs {
  noteHref: (slug: string, fragment: string | null) => string;
  tagHref: (tag: string) => string;
}

/** Thrown by a table's link shapes for a slug or tag it does not hold. */
export class MissingHref extends Error {
  constructor(kind: 'note' | 'tag', key: string) {
    super(`no ${kind} URL for ${JSON.stringify(key)} in the render's href table`);
    this.name = 'MissingHref';
  }
}

/** The table of every note's and every listed tag's URL, as `hrefs` make them. */
export function hrefTable(notes: readonly { slug: string; tags: readonly string[] }[], hrefs: Hrefs): HrefTable {
  const table: HrefTable = { notes: new Map(), tags: new Map() };
  for (const note of notes) {
    table.notes.set(note.slug, hrefs.noteHref(note.slug, null));
    for (const tag of note.tags) if (!table.tags.has(tag)) table.tags.set(tag, hrefs.tagHref(tag));
  }
  return table;
}

/** Link shapes that read `table`, giving what the functions it was made from gave; a missing key throws {@link MissingHref}. */
export function tableHrefs(table: HrefTable): Hrefs {
  return {
    noteHref: (slug, fragment) => {
      const href = table.notes.get(slug);
      if (href === undefined) throw new MissingHref('note', slug);
      return `${href}${fragment ? `#${fragment}` : ''}`;
    },
    tagHref: (tag) => {
      const href = table.tags.get(tag);
      if (href === undefined) throw new MissingHref('tag', tag);
      return href;
    },
  };
}

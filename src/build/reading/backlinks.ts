/**
 * Which notes link to each note through `[[wiki links]]` (or embed it), read once per build from the
 * vault's sources: the note page shows them, and only their slugs and titles ship with it.
 */
import type { NoteLink } from '../../content/note-module.ts';
import { displayTitle, type Note } from '../../content/types.ts';
import { createSlugResolver } from '../../search/resolve-slug.ts';
import { wikiTargetsOf } from '../obsidian/link-diagnostics.ts';
import { namesAttachment } from '../obsidian/wiki-target.ts';
import type { SourceLookup } from '../shared-sources.ts';
import { compareText } from '../../content/text-order.ts';

/** The notes linking to each note, by slug, each list by title; a note's links to itself are not backlinks. */
export function backlinksOf(notes: readonly Note[], sources: SourceLookup): Map<string, NoteLink[]> {
  const resolve = createSlugResolver(notes);
  const linking = new Map<string, Map<string, NoteLink>>();
  for (const note of notes) {
    const source = sources.get(note.file);
    // Most notes link nowhere: only those with a `[[` are parsed again.
    if (source === undefined || !source.includes('[[')) continue;
    for (const { target } of wikiTargetsOf(source)) {
      if (target.embed && namesAttachment(target.target)) continue;
      const slug = resolve(target.target);
      if (!slug || slug === note.slug) continue;
      const from = linking.get(slug) ?? new Map<string, NoteLink>();
      from.set(note.slug, { slug: note.slug, title: displayTitle(note) });
      linking.set(slug, from);
    }
  }
  return new Map([...linking].map(([slug, from]) => [slug, [...from.values()].sort(byTitle)]));
}

/** Orders note links by title as the all-notes list does, then by slug so equal titles keep one order. */
export function byTitle(a: NoteLink, b: NoteLink): number {
  return compareText(a.title, b.title) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/**
 * The vault as a render worker thread sees it: plain data (a worker receives no functions), made on the main
 * thread from what the renderer is given there. A note's render asks the vault for other notes (links and
 * embeds), attachments, page URLs and tag URLs; the view answers each the way the main thread's renderer
 * does, and a question it cannot answer (a tag or an embedded note it does not hold) throws OutsideView, so
 * that note renders on the main thread instead: the HTML is the same either way.
 */
import type { Note } from '../../content/types.ts';
import { createSlugResolver } from '../../search/resolve-slug.ts';
import type { LinkTarget, VaultInput } from './render-vault.ts';
import { withFragment } from './vault-hrefs.ts';
import type { VaultSettings } from './vault-settings.ts';
import { namesAttachment, readWikiTarget, WIKI_LINK } from './wiki-target.ts';

/** The vault a render worker holds: every note as a link target, the sources notes embed, and every URL by name. */
export interface RenderView {
  notes: LinkTarget[];
  /** The source of each note some note embeds, by vault path (a note's own source comes with its task). */
  embedded: [string, string][];
  attachments: string[];
  settings: VaultSettings;
  /** Each note's page URL by slug (a section's link adds its fragment, see withFragment). */
  notePages: [string, string][];
  /** Each tag's page URL, for every tag a note carries. */
  tagPages: [string, string][];
}

/** Thrown in a worker when a note's render needs what its view does not hold. */
export class OutsideView extends Error {}

/** The vault input of the main thread's renderer, and what its URLs are built from. */
export interface ViewSource extends Omit<VaultInput, 'notes' | 'sources' | 'noteHref'> {
  notes: readonly Pick<Note, keyof LinkTarget | 'tags'>[];
  sources: ReadonlyMap<string, string>;
  notePage: (slug: string) => string;
}

/** The files of the notes that some `![[embed]]` of the vault names (more than are embedded is fine). */
function embeddedFiles(notes: readonly LinkTarget[], sources: ReadonlyMap<string, string>): Set<string> {
  const resolve = createSlugResolver(notes);
  const fileOf = new Map(notes.map((note) => [note.slug, note.file]));
  const files = new Set<string>();
  for (const source of sources.values()) {
    if (!source.includes('![[')) continue;
    for (const match of source.matchAll(WIKI_LINK)) {
      const target = match[1] === '!' ? readWikiTarget(true, match[2] ?? '') : null;
      if (!target || namesAttachment(target.target)) continue;
      const file = fileOf.get(resolve(target.target) ?? '');
      if (file !== undefined) files.add(file);
    }
  }
  return files;
}

/** The view of a vault for its render workers. */
export function toRenderView(vault: ViewSource): RenderView {
  const notes = vault.notes.map(({ slug, file, aliases, heading, title }) => ({ slug, file, aliases, heading, title }));
  const embedded = embeddedFiles(notes, vault.sources);
  const tags = new Set(vault.notes.flatMap((note) => note.tags));
  return {
    notes,
    embedded: [...vault.sources].filter(([file]) => embedded.has(file)),
    attachments: [...vault.attachments],
    settings: vault.settings,
    notePages: notes.map((note) => [note.slug, vault.notePage(note.slug)]),
    tagPages: [...tags].map((tag) => [tag, vault.tagHref(tag)]),
  };
}

/** The renderer's input in a worker: the view, plus the source of the note being rendered, which `own` gives. */
export function fromRenderView(view: RenderView, own: () => { file: string; markdown: string }): VaultInput {
  const notePages = new Map(view.notePages);
  const tagPages = new Map(view.tagPages);
  const known = (table: ReadonlyMap<string, string>, key: string, what: string) => {
    const found = table.get(key);
    if (found === undefined) throw new OutsideView(`${what} ${key} is not in the render view`);
    return found;
  };
  const embedded = new Map(view.embedded);
  return {
    notes: view.notes,
    sources: { get: (file) => (file === own().file ? own().markdown : known(embedded, file, 'the source of')) },
    attachments: view.attachments,
    settings: view.settings,
    noteHref: (slug, fragment) => withFragment(known(notePages, slug, 'the note'), fragment),
    tagHref: (tag) => known(tagPages, tag, 'the tag'),
  };
}

/** Finds the note a slug, alias or file name points at, the way Obsidian links resolve. */

/** What resolving needs of a note: its slug, aliases and, when known, its vault path. */
export interface LinkableNote {
  slug: string;
  aliases: readonly string[];
  file?: string;
}

type Resolver = (target: string) => string | null;

const resolvers = new WeakMap<readonly LinkableNote[], Resolver>();

/** Turns a link target into the key it is looked up by: NFC, lowercase, no folder dots or `.md`. */
export function linkKey(target: string): string {
  return target
    .normalize('NFC')
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/|\/)+/, '')
    .replace(/\.md$/i, '')
    .toLowerCase();
}

/** Builds a lookup from every slug, file path, file name and alias to its note's slug. */
export function createSlugResolver(notes: readonly LinkableNote[]): Resolver {
  // Later kinds never override earlier ones: a slug beats a file name, which beats an alias.
  const byKey = new Map<string, string>();
  const add = (key: string, slug: string) => {
    if (key && !byKey.has(key)) byKey.set(key, slug);
  };
  for (const note of notes) add(linkKey(note.slug), note.slug);
  for (const note of notes) {
    if (!note.file) continue;
    const path = linkKey(note.file);
    add(path, note.slug);
    add(path.slice(path.lastIndexOf('/') + 1), note.slug);
  }
  for (const note of notes) for (const alias of note.aliases) add(linkKey(alias), note.slug);
  return (target) => byKey.get(linkKey(target)) ?? null;
}

/** The slug of the note a slug, file name or alias names (case-insensitive), or null when none does. */
export function resolveSlug(notes: readonly LinkableNote[], slugOrAlias: string): string | null {
  let resolve = resolvers.get(notes);
  if (!resolve) {
    resolve = createSlugResolver(notes);
    resolvers.set(notes, resolve);
  }
  return resolve(slugOrAlias);
}

/** Tags as a tree: `service/kms` sits under `service`, each node counting the notes below it. */
import { keyMatches, normalizeTag, tagKey } from '../content/tags';
import { compareText } from '../content/text-order';

/** What the tag pages need of a note. */
export interface TaggedNote {
  slug: string;
  tags: readonly string[];
}

/** One level of a tag path, with the notes tagged with it or with any tag beneath it. */
export interface TagNode {
  /** The last segment, e.g. "kms". */
  name: string;
  /** The full tag, e.g. "service/kms". */
  tag: string;
  /** Distinct notes carrying this tag or one of its descendants. */
  count: number;
  children: TagNode[];
}


/** The notes carrying a tag or any tag nested under it, in their given order. */
export function notesWithTag<T extends TaggedNote>(notes: readonly T[], tag: string): T[] {
  const key = tagKey(tag);
  return notes.filter((note) => note.tags.some((t) => keyMatches(tagKey(t), key)));
}

interface Draft {
  name: string;
  tag: string;
  slugs: Set<string>;
  children: Map<string, Draft>;
}

/** Builds the tag forest, children sorted by name; the first spelling seen of a tag is kept. */
export function buildTagTree(notes: readonly TaggedNote[]): TagNode[] {
  const root = new Map<string, Draft>();
  for (const note of notes) {
    for (const raw of note.tags) {
      const segments = normalizeTag(raw).split('/').filter(Boolean);
      let level = root;
      let parent = '';
      segments.forEach((name) => {
        const key = name.toLowerCase();
        // Each level extends its parent's path, so a path of n levels costs n steps, not n².
        const tag = parent === '' ? name : `${parent}/${name}`;
        let draft = level.get(key);
        if (!draft) {
          draft = { name, tag, slugs: new Set(), children: new Map() };
          level.set(key, draft);
        }
        draft.slugs.add(note.slug);
        parent = draft.tag;
        level = draft.children;
      });
    }
  }
  return finish(root);
}

// The listing order, the same in the pre-render and the reader's browser (src/content/text-order.ts).
const byName = (a: Draft, b: Draft) => compareText(a.name, b.name);

function finish(level: Map<string, Draft>): TagNode[] {
  return [...level.values()]
    .sort(byName)
    .map((d) => ({ name: d.name, tag: d.tag, count: d.slugs.size, children: finish(d.children) }));
}

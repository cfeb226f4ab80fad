/** Build-time search index: notes in, a JSON string the browser loads lazily out. */
import { displayTitle, type Note } from '../content/types.ts';
import { parseMarkdownTree } from '../content/markdown-tree.ts';
import { readNoteText, type NoteText } from '../content/note-text.ts';
import type { NoteAnalysis } from '../content/parse-note.ts';
import type { PackedTerm } from './packed-index.ts';
import { postingLists } from './posting-lists.ts';
import type { SearchFiles } from './search-files.ts';
import { MINISEARCH_OPTIONS, SEARCH_INDEX_VERSION, type SearchDocument, type StoredNote } from './search-options.ts';

/** Characters of body text stored per note for snippets; the index must stay small at 5,000 notes. */
export const BODY_PASSAGE_CHARS = 400;

/** Characters of question text stored per note for snippets. */
export const QUESTION_PASSAGE_CHARS = 200;

/**
 * Turns one note into the flat document minisearch indexes, from the text its parse read (NoteAnalysis's
 * `text`). Without it (a note made by hand, in tests), the note's Markdown runs are parsed for it.
 */
export function toSearchDocument(note: Note, text: NoteText = textOfBlocks(note)): SearchDocument {
  const title = displayTitle(note);
  return {
    slug: note.slug,
    title,
    tags: note.tags,
    aliases: [note.title === title ? '' : note.title, ...note.aliases].join(' '),
    tagText: note.tags.join(' '),
    headings: text.headings.join(' '),
    // Flow diagrams carry Korean labels worth finding; the tokenizer drops their box-drawing characters.
    body: [text.body, ...note.flows.map((f) => f.source)].join(' '),
    questions: text.questions,
    passages: [cut(text.body, BODY_PASSAGE_CHARS), cut(text.questions, QUESTION_PASSAGE_CHARS)].filter(Boolean),
  };
}

/** The search text of a note that has no parse of its own: its Markdown runs, and its questions' parts. */
function textOfBlocks(note: Note): NoteText {
  const runs = note.blocks.flatMap((block) => (block.kind === 'markdown' ? [block.markdown] : []));
  const parts = note.questions.flatMap((q) => [q.stem, ...q.options.flatMap((o) => [o.text, o.explanation ?? '']), ...q.notes]);
  const body = readNoteText(parseMarkdownTree(runs.join('\n\n')).children, []);
  const questions = readNoteText(parseMarkdownTree(parts.filter(Boolean).join('\n\n')).children, []);
  return { headings: body.headings, body: body.body, questions: questions.body };
}

/** Indexes the notes and serialises the whole index in one string (tests and in-process search; see parseSearchIndex). */
export function buildSearchIndex(notes: readonly (Note | NoteAnalysis)[]): string {
  return JSON.stringify(indexSearchDocuments(notes.map((entry) => ('note' in entry ? toSearchDocument(entry.note, entry.text) : toSearchDocument(entry)))));
}

/** Characters of JSON per term shard: about 10 kB gzipped, so a query's few shards stay small at any vault size. */
export const SHARD_CHARS = 32_000;

/**
 * Notes per stored-fields group: one, so a query's results fetch their own passages only. A query's results
 * are spread over the vault (20 results of a query on the sample fell in 20 of 68 groups of 4), so a larger
 * group only fetched its neighbours' passages beside each result's.
 */
export const DOCS_PER_GROUP = 1;

/** Indexes documents made already (by the build's parse of each note) and cuts the index into its files. */
export function indexSearchDocuments(documents: readonly SearchDocument[], cut = { shardChars: SHARD_CHARS, docsPerGroup: DOCS_PER_GROUP }): SearchFiles {
  const plain = postingLists(documents, MINISEARCH_OPTIONS);
  const terms = plain.terms;
  const shards = cutShards(terms, cut.shardChars);
  const docs: (StoredNote | null)[][] = [];
  for (let first = 0; first < plain.nextId; first += cut.docsPerGroup) {
    docs.push(Array.from({ length: Math.min(cut.docsPerGroup, plain.nextId - first) }, (_, n) => plain.storedFields[first + n] ?? null));
  }
  return {
    meta: {
      version: SEARCH_INDEX_VERSION,
      documentCount: plain.documentCount,
      size: plain.nextId,
      fieldIds: plain.fieldIds,
      fieldLength: plain.fieldLength,
      averageFieldLength: plain.averageFieldLength,
      // The first shard starts at '' so that every term has a shard, even one sorting before the first term.
      shardStarts: shards.map((shard, n) => (n === 0 ? '' : shard[0]![0])),
      docsPerGroup: cut.docsPerGroup,
    },
    shards,
    docs,
    latin: terms.map(([term]) => term).filter((term) => !HANGUL_START.test(term)),
  };
}

const HANGUL_START = /^[\uAC00-\uD7A3]/;

/** Cuts sorted terms into runs of about `shardChars` characters of JSON each (always at least one, maybe empty). */
function cutShards(terms: readonly PackedTerm[], shardChars: number): PackedTerm[][] {
  const shards: PackedTerm[][] = [[]];
  let chars = 0;
  for (const term of terms) {
    const size = JSON.stringify(term).length + 1;
    if (chars + size > shardChars && shards.at(-1)!.length > 0) {
      shards.push([]);
      chars = 0;
    }
    shards.at(-1)!.push(term);
    chars += size;
  }
  return shards;
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.lastIndexOf(' ', max);
  return text.slice(0, end > max * 0.8 ? end : max);
}

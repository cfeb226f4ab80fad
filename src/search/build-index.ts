/** Build-time search index: notes in, a JSON string the browser loads lazily out. */
import MiniSearch from 'minisearch';
import { displayTitle, type Note } from '../content/types.ts';
import { parseMarkdownTree } from '../content/markdown-tree.ts';
import { readNoteText, type NoteText } from '../content/note-text.ts';
import type { NoteAnalysis } from '../content/parse-note.ts';
import { packIndex } from './packed-index.ts';
import { MINISEARCH_OPTIONS, SEARCH_INDEX_VERSION, type SearchDocument } from './search-options.ts';

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

/** Indexes the notes and serialises the index with what results show (slug, title, tags, passages). */
export function buildSearchIndex(notes: readonly (Note | NoteAnalysis)[]): string {
  return indexSearchDocuments(notes.map((entry) => ('note' in entry ? toSearchDocument(entry.note, entry.text) : toSearchDocument(entry))));
}

/** Indexes documents made already (by the build's parse of each note) and serialises the index. */
export function indexSearchDocuments(documents: readonly SearchDocument[]): string {
  const search = new MiniSearch<SearchDocument>(MINISEARCH_OPTIONS);
  const seen = new Set<string>();
  for (const document of documents) {
    // A duplicate slug would make minisearch throw; the content checker reports duplicates already.
    if (seen.has(document.slug)) continue;
    seen.add(document.slug);
    search.add(document);
  }
  return JSON.stringify({ version: SEARCH_INDEX_VERSION, index: packIndex(search.toJSON()) });
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = text.lastIndexOf(' ', max);
  return text.slice(0, end > max * 0.8 ? end : max);
}

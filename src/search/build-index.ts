/** Build-time search index: notes in, a JSON string the browser loads lazily out. */
import MiniSearch from 'minisearch';
import { displayTitle, type Note } from '../content/types.ts';
import { inlineText, markdownText } from './markdown-text.ts';
import { packIndex } from './packed-index.ts';
import { MINISEARCH_OPTIONS, SEARCH_INDEX_VERSION, type SearchDocument } from './search-options.ts';

/** Characters of body text stored per note for snippets; the index must stay small at 5,000 notes. */
export const BODY_PASSAGE_CHARS = 400;

/** Characters of question text stored per note for snippets. */
export const QUESTION_PASSAGE_CHARS = 200;

/** Turns one note into the flat document minisearch indexes. */
export function toSearchDocument(note: Note): SearchDocument {
  const headings: string[] = [];
  const bodies: string[] = [];
  for (const block of note.blocks) {
    if (block.kind !== 'markdown') continue;
    const text = markdownText(block.markdown);
    headings.push(...text.headings);
    if (text.body) bodies.push(text.body);
  }
  // One parse for all question text: parsing is the slow part of building, and blank lines keep the
  // pieces apart just as separate parses would.
  const questionText = inlineText(
    note.questions
      .flatMap((q) => [q.stem, ...q.options.flatMap((o) => [o.text, o.explanation ?? '']), ...q.notes])
      .filter(Boolean)
      .join('\n\n'),
  );
  const body = bodies.join(' ');
  const title = displayTitle(note);
  return {
    slug: note.slug,
    title,
    tags: note.tags,
    aliases: [note.title === title ? '' : note.title, ...note.aliases].join(' '),
    tagText: note.tags.join(' '),
    headings: headings.join(' '),
    // Flow diagrams carry Korean labels worth finding; the tokenizer drops their box-drawing characters.
    body: [body, ...note.flows.map((f) => f.source)].join(' '),
    questions: questionText,
    passages: [cut(body, BODY_PASSAGE_CHARS), cut(questionText, QUESTION_PASSAGE_CHARS)].filter(Boolean),
  };
}

/** Indexes the notes and serialises the index with what results show (slug, title, tags, passages). */
export function buildSearchIndex(notes: Note[]): string {
  return indexSearchDocuments(notes.map(toSearchDocument));
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

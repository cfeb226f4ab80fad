import GithubSlugger from 'github-slugger';
import type { RootContent } from 'mdast';
import { stripComments } from '../../content/obsidian-comments.ts';
import type { OutlineHeading } from '../../content/note-module.ts';
import type { Note, NoteBlock, Question } from '../../content/types.ts';
import { createSlugResolver } from '../../search/resolve-slug.ts';
import { embedSection } from './embed-section.ts';
import { footnoteDefinitions } from './footnotes.ts';
import { plainParagraph } from './plain-fragment.ts';
import type { LinkedNote, RenderContext } from './render-context.ts';
import { toHtml, toHtmlParts, toObsidianTree, type RenderReport } from './render-markdown.ts';
import { createAttachmentResolver } from './resolve-attachment.ts';
import type { SourceLookup } from '../shared-sources.ts';
import type { VaultSettings } from './vault-settings.ts';

/** A note rendered for its chunk, with what the chunk must import beside it. */
export interface RenderedNote {
  note: Note;
  /** The headings of the note's body (not those inside questions or embeds), in page order. */
  outline: OutlineHeading[];
  /** Vault paths of the files the HTML shows; `attachmentPlaceholder(i)` in the HTML stands for the i-th. */
  attachments: string[];
  math: boolean;
  mermaid: boolean;
}

/** What the renderer needs of every note of the vault to resolve a link to it. */
export type LinkTarget = Pick<Note, 'slug' | 'file' | 'title' | 'heading' | 'aliases'>;

/** The notes as links see them: slug, file, titles and aliases, without their content. */
export function linkTargets(notes: readonly Note[]): LinkTarget[] {
  return notes.map(({ slug, file, title, heading, aliases }) => ({ slug, file, title, heading, aliases }));
}

/** The vault as the renderer sees it: its notes, their source, its other files, settings and link shapes. */
export interface VaultInput {
  notes: readonly LinkTarget[];
  /** Each note's Markdown by file (a map, or the shared block a render worker reads). */
  sources: SourceLookup;
  attachments: readonly string[];
  settings: VaultSettings;
  noteHref: (slug: string, fragment: string | null) => string;
  tagHref: (tag: string) => string;
}

// Embeds within embeds stop here, as Obsidian stops a note from embedding itself.
const MAX_EMBED_DEPTH = 4;
/** The size of one part of a long note's HTML: what the browser draws in one step (src/routes/note/note-body.tsx). */
export const PART_BYTES = 32 * 1024;

/** What stands in the HTML for the i-th attachment until the note module swaps in its built URL. */
export function attachmentPlaceholder(index: number): string {
  return `__examflow_attachment_${index}__`;
}

/** Prepares the renderer of a vault: `render(note)` gives the note with every Markdown field as HTML. */
export function createVaultRenderer(vault: VaultInput) {
  const resolveSlug = createSlugResolver(vault.notes);
  const bySlug = new Map(vault.notes.map((note) => [note.slug, note]));
  const resolveNote = (target: string): LinkedNote | null => {
    const note = bySlug.get(resolveSlug(target) ?? '');
    return note ? { slug: note.slug, file: note.file, title: note.heading ?? note.title } : null;
  };
  const resolveAttachment = createAttachmentResolver(vault.attachments, vault.settings.attachmentFolderPath);

  const contextFor = (file: string, attachments: string[], chain: string[]): RenderContext => ({
    file,
    strictLineBreaks: vault.settings.strictLineBreaks,
    resolveNote,
    resolveAttachment,
    noteHref: vault.noteHref,
    tagHref: vault.tagHref,
    attachmentUrl: (found) => {
      if (!attachments.includes(found)) attachments.push(found);
      return attachmentPlaceholder(attachments.indexOf(found));
    },
    embedNote: (note, section): RootContent[] | null => {
      const source = vault.sources.get(note.file);
      if (source === undefined || chain.includes(note.file) || chain.length >= MAX_EMBED_DEPTH) return null;
      const tree = toObsidianTree(stripComments(source), contextFor(note.file, attachments, [...chain, note.file]));
      return embedSection(tree, section);
    },
  });

  return (note: Note): RenderedNote => {
    const attachments: string[] = [];
    const report: RenderReport = { math: 0, mermaid: 0 };
    const slugger = new GithubSlugger();
    const context = contextFor(note.file, attachments, [note.file]);
    const definitions = footnoteDefinitions(stripComments(vault.sources.get(note.file) ?? ''));
    const outline: OutlineHeading[] = [];
    const withFootnotes = (markdown: string) => (definitions && markdown.includes('[^') ? `${markdown}\n\n${definitions}` : markdown);
    // A plain line (most options) skips the pipeline: it could only become the same paragraph.
    const render = (markdown: string, headings?: OutlineHeading[]) =>
      plainParagraph(markdown) ?? toHtml(toObsidianTree(withFootnotes(markdown), context), slugger, report, headings);
    const inline = (markdown: string) => render(markdown).replace(/^<p>([\s\S]*)<\/p>$/, (whole, inner: string) => (inner.includes('<p>') ? whole : inner));
    const parts = (markdown: string) => toHtmlParts(toObsidianTree(withFootnotes(markdown), context), slugger, report, PART_BYTES, outline);
    // A long run of Markdown becomes several blocks, so the page can draw it a part at a time.
    const blocks = note.blocks.flatMap((block): NoteBlock[] => (block.kind === 'markdown' ? parts(block.markdown).map((html) => ({ kind: block.kind, markdown: '', html })) : [block]));
    const questions = note.questions.map((question): Question => ({
      ...question,
      html: { stem: render(question.stem), notes: question.notes.map((markdown) => render(markdown)) },
      options: question.options.map((option) => ({
        ...option,
        html: { text: inline(option.text), explanation: option.explanation === null ? null : render(option.explanation) },
      })),
    }));
    // The note's reason shows under right options; it holds no heading, so the anchors stay as they are.
    const reason = note.reason ? { ...note.reason, html: render(note.reason.markdown) } : note.reason;
    return {
      note: { ...note, blocks, questions, reason },
      outline,
      attachments,
      math: report.math > 0,
      mermaid: report.mermaid > 0,
    };
  };
}

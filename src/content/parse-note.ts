import type { Heading, Root } from 'mdast';
import { buildBlocks } from './blocks.ts';
import { buildQuestion } from './build-question.ts';
import { findFlows } from './flows.ts';
import { stripComments } from './obsidian-comments.ts';
import { failedParse } from './parse-failure.ts';
import { readFrontmatter } from './frontmatter.ts';
import { readNoteTags } from './note-tags.ts';
import { createLineIndex, parseMarkdownTree, plainText } from './markdown-tree.ts';
import { readNoteText, type NoteText } from './note-text.ts';
import { questionIds, splitBlockId } from './question-id.ts';
import { findQuestionRanges } from './question-ranges.ts';
import { readQuestion } from './read-question.ts';
import { findReason } from './key-point.ts';
import { findSections } from './sections.ts';
import { slugFromFile } from './slug.ts';
import type { Diagnostic, ParseResult, Question } from './types.ts';

/** Options for `parseNote`: the vault may hand in a slug made unique across notes. */
export interface ParseOptions {
  slug?: string;
}

/** A parse result plus the explanation-bullet counts that `content:check` reports. */
export interface NoteAnalysis extends ParseResult {
  bullets: number;
  mappedBullets: number;
  /** What names the note across renames and moves: its frontmatter `id`, else its first alias, else its slug. */
  noteKey: string;
  /** The note's plain text for search, read from this parse's tree so the index needs no parse of its own. */
  text: NoteText;
}

/** Parses one Markdown note into a Note and its diagnostics; malformed input gives diagnostics, never a throw. */
export function parseNote(markdown: string, file: string, options: ParseOptions = {}): ParseResult {
  const { note, diagnostics } = analyseNote(markdown, file, options);
  return { note, diagnostics };
}

/** Like `parseNote`, and also counts explanation bullets and how many were mapped to an option. */
export function analyseNote(input: string, file: string, options: ParseOptions = {}): NoteAnalysis {
  try {
    return analyse(input, file, options);
  } catch (error) {
    // Only the Markdown library is known to throw (stack overflow on absurd nesting); keep the note visible.
    const failed = failedParse(input, file, options.slug, error);
    return { ...failed, bullets: 0, mappedBullets: 0, noteKey: failed.note.slug, text: { headings: [], body: '', questions: '' } };
  }
}

function analyse(input: string, file: string, options: ParseOptions): NoteAnalysis {
  // Comments are gone before anything reads the note, as in Obsidian's reading view; lines stay where they were.
  const markdown = stripComments(input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const path = file.replace(/\\/g, '/');
  const slug = options.slug ?? slugFromFile(path);
  const root: Root = parseMarkdownTree(markdown);
  const lineOf = createLineIndex(markdown);
  const { frontmatter, diagnostics: yamlProblems } = readFrontmatter(root, markdown);
  const sections = findSections(root);
  const drafts = findQuestionRanges(root, sections, markdown)
    .map((range) => readQuestion(root.children, range, markdown, lineOf))
    .filter((draft) => draft.first !== -1);
  const named = drafts.map((draft) => splitBlockId(draft.stem));
  // The author's own name for the note outlives its file name; Obsidian users keep old names as aliases.
  const noteKey = frontmatter.id ?? frontmatter.aliases[0] ?? slug;
  const ids = questionIds(noteKey, named);
  const built = drafts.map((draft, index) => buildQuestion({ ...draft, stem: named[index]?.stem ?? draft.stem }, ids[index] ?? String(index)));
  const questions: Question[] = built.map((entry) => entry.question);
  const flows = findFlows(root.children, markdown);
  const h1Index = root.children.findIndex((node) => node.type === 'heading' && node.depth === 1);
  const h1 = root.children[h1Index] as Heading | undefined;
  const blocks = buildBlocks(
    root.children,
    {
      questions: drafts.map(({ first, last }) => ({ first, last })),
      flows: flows.map((found) => found.node),
      title: h1Index === -1 ? undefined : h1Index,
    },
    markdown,
  );
  const heading = h1 === undefined ? null : plainText(h1).trim() || null;
  const lastLine = lineOf(markdown.length);
  const tags = readNoteTags(frontmatter.tags, root, markdown, lineOf);
  const diagnostics: Diagnostic[] = [...yamlProblems, ...tags.diagnostics, ...built.flatMap((entry) => entry.diagnostics)]
    .map((problem) => ({ ...problem, line: Math.min(Math.max(1, problem.line), lastLine) }))
    .sort((a, b) => a.line - b.line);
  const note = {
    file: path,
    slug,
    title: frontmatter.title ?? heading ?? fileTitle(path),
    heading,
    tags: tags.tags,
    aliases: frontmatter.aliases,
    created: frontmatter.created,
    modified: frontmatter.modified,
    questions,
    flows: flows.map((found) => found.flow),
    reason: findReason(root, sections, markdown, drafts),
    blocks,
    diagnostics,
  };
  const bullets = drafts.reduce((sum, draft) => sum + draft.explanations.bullets, 0);
  const mappedBullets = drafts.reduce((sum, draft) => sum + draft.explanations.mapped, 0);
  const text = readNoteText(root.children, drafts, h1Index === -1 ? undefined : h1Index);
  return { note, diagnostics, bullets, mappedBullets, noteKey, text };
}

function fileTitle(path: string): string {
  const base = path.split('/').pop() ?? path;
  return base.replace(/\.(md|markdown)$/i, '') || path;
}

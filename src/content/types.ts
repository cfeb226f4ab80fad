/**
 * The data model of a parsed note. Read this file first: every layer (parser, Vite plugin, CLI, app)
 * speaks these types.
 */
import type { DiagnosticArgs, DiagnosticCode } from './diagnostic.ts';

/** How serious a content problem is: errors fail `content:check`, warnings do not. */
export type Severity = 'error' | 'warning';

/**
 * A problem found in a note, with the 1-based line of the file it concerns. `code` and `args` say what it is
 * (the app shows them in the interface language); `message` is the same in English, for the CLI and reports.
 */
export interface Diagnostic {
  severity: Severity;
  line: number;
  code: DiagnosticCode;
  args: DiagnosticArgs;
  message: string;
  /**
   * Every line a problem saying the same thing was found on, when a note's data carries them as this one
   * (compactDiagnostics): `line` is then the first of them.
   */
  lines?: number[];
}

/** One answer option of a question, labelled "A".."F". */
export interface Option {
  label: string;
  /** Option text, Markdown source, trimmed. */
  text: string;
  correct: boolean;
  /** The explanation bullet(s) mapped to this option, Markdown, or null when the note gives none. */
  explanation: string | null;
  /** The text and explanation as safe HTML, rendered at build time (absent in notes parsed outside a build). */
  html?: { text: string; explanation: string | null };
}

/** One exam question of a note. */
export interface Question {
  /** Stable across edits of explanations and of option order (hash of the note slug and stem). */
  id: string;
  /** Question text, Markdown source, trimmed. */
  stem: string;
  /** More than one correct answer. */
  multi: boolean;
  options: Option[];
  /** Correct labels, sorted, e.g. ["A","C"]. */
  answer: string[];
  /** Explanation bullets that belong to no single option, kept verbatim (Markdown). */
  notes: string[];
  /** 1-based line of the question stem. */
  line: number;
  /** The stem and notes as safe HTML, rendered at build time (absent in notes parsed outside a build). */
  html?: { stem: string; notes: string[] };
}

/** A fenced block of the note's architecture-flow section, as written. */
export interface FlowBlock {
  source: string;
  /** 1-based line of the opening fence. */
  line: number;
}

/**
 * The note body cut into what the note page draws: Markdown runs, the questions (drawn as widgets)
 * and flow blocks (drawn as diagrams). Concatenating the Markdown runs never loses explanation text:
 * anything the question widget does not show stays in a Markdown run.
 */
export type NoteBlock =
  | {
    kind: 'markdown';
    markdown: string;
    /**
     * Safe HTML rendered at build time; the note chunk ships only this. null: left out of a pre-rendered page's
     * inline data, as the page holds it as elements (src/app/shown-html-data.ts, src/routes/note/shown-html.ts).
     */
    html?: string | null;
  }
  /** `part`: past a long note's first part, the later part whose chunk carries the question's data. */
  | { kind: 'question'; index: number; part?: number }
  /** `part`: past a long note's first part, the later part whose chunk carries the flow's and diagram's data. */
  | { kind: 'flow'; index: number; part?: number }
  /** A later part of a long note's body, built into a module of its own that the page loads when it needs it. */
  | { kind: 'part'; index: number };

/** The note's own reason for its answers: a key-point or explanation section, outside the questions. */
export interface NoteReason {
  kind: 'key-point' | 'explanation';
  /** The section's heading as written (emoji and all). */
  heading: string;
  /** The heading's anchor id on the note page. */
  anchor: string;
  /** The section's opening text (before any sub-heading), Markdown. */
  markdown: string;
  /** The same as safe HTML, rendered at build time (absent in notes parsed outside a build). */
  html?: string;
  /** 1-based line of the heading. */
  line: number;
}

/** A note of the vault, parsed. */
export interface Note {
  /** Path relative to the vault root, forward slashes. */
  file: string;
  /** URL slug from the file name, unique across the vault. */
  slug: string;
  /** Frontmatter title, else first H1, else file name. */
  title: string;
  /** First H1 text, or null. */
  heading: string | null;
  tags: string[];
  aliases: string[];
  created: string | null;
  modified: string | null;
  questions: Question[];
  flows: FlowBlock[];
  /** Why the right answers are right, in the note's own words, or null. */
  reason: NoteReason | null;
  blocks: NoteBlock[];
  diagnostics: Diagnostic[];
}

/** What `parseNote` returns: the note (always, even when malformed) and its diagnostics. */
export interface ParseResult {
  note: Note;
  diagnostics: Diagnostic[];
}

/** The name to show a note by: its first H1 when it has one (frontmatter titles are slug-like ids here). */
export function displayTitle(note: Pick<Note, 'heading' | 'title'>): string {
  return note.heading ?? note.title;
}

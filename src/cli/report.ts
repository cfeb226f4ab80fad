import type { NoteAnalysis } from '../content/parse-note';
import type { Note } from '../content/types';
import { readDiagrams } from '../content/note-diagrams';
import { reportDiagram, type DiagramReport } from './report-diagram';

/** One note of the content report (content-report-schema.md): the note's own fields plus its diagrams. */
export type NoteReport = Pick<Note, 'file' | 'slug' | 'title' | 'heading' | 'tags' | 'aliases' | 'questions'> & {
  diagrams: DiagramReport[];
  /** The schema's diagnostics: the English message only (the code and its arguments stay in the app). */
  diagnostics: Pick<Note['diagnostics'][number], 'severity' | 'line' | 'message'>[];
};

/** The content report that `content:check --json` writes (content-report-schema.md). */
export interface Report {
  notes: NoteReport[];
  summary: { notes: number; questions: number; diagrams: number; errors: number; warnings: number };
}

/** Builds the JSON report of a parsed vault, with exactly the fields of the schema. */
export function buildReport(analyses: NoteAnalysis[]): Report {
  const notes = analyses.map(({ note, diagnostics: own }): NoteReport => {
    const read = readDiagrams(note.flows);
    const diagnostics = [...own, ...read.diagnostics].sort((a, b) => a.line - b.line);
    return {
      file: note.file,
      slug: note.slug,
      title: note.title,
      heading: note.heading,
      tags: note.tags,
      aliases: note.aliases,
      questions: note.questions.map((question) => ({
        id: question.id,
        stem: question.stem,
        multi: question.multi,
        options: question.options.map(({ label, text, correct, explanation }) => ({ label, text, correct, explanation })),
        answer: question.answer,
        notes: question.notes,
        line: question.line,
      })),
      diagrams: note.flows.map((flow, i) => reportDiagram(flow, read.diagrams[i])),
      diagnostics: diagnostics.map(({ severity, line, message }) => ({ severity, line, message })),
    };
  });
  const all = notes.flatMap((note) => note.diagnostics);
  return {
    notes,
    summary: {
      notes: notes.length,
      questions: notes.reduce((sum, note) => sum + note.questions.length, 0),
      diagrams: notes.reduce((sum, note) => sum + note.diagrams.length, 0),
      errors: all.filter((problem) => problem.severity === 'error').length,
      warnings: all.filter((problem) => problem.severity === 'warning').length,
    },
  };
}

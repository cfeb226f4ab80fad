import { createLineIndex, parseMarkdownTree } from '../src/content/markdown-tree';
import type { RawOption } from '../src/content/options';
import { startRead, type QuestionRead, type Recognised, type Recogniser, type Stage } from '../src/content/question-read';

/** Where a recogniser case starts: the stage, the options and answer already read, a pending "정답" title. */
export interface ReadSetup {
  stage?: Stage;
  options?: string[];
  answer?: string[];
  awaiting?: boolean;
}

/** Runs one recogniser on the first block of `markdown`, from the given point of a question; returns both. */
export function recogniseFirst(recogniser: Recogniser, markdown: string, setup: ReadSetup = {}): { taken: Recognised | null; read: QuestionRead } {
  const node = parseMarkdownTree(markdown).children[0];
  if (node === undefined) throw new Error(`no block in ${JSON.stringify(markdown)}`);
  const read = startRead(markdown, createLineIndex(markdown));
  read.stage = setup.stage ?? 'stem';
  read.awaiting = setup.awaiting ?? false;
  read.draft.options = (setup.options ?? []).map((label, index): RawOption => ({ label, text: `option ${label}`, line: index + 1 }));
  if (setup.answer !== undefined) read.draft.answer = { labels: setup.answer, line: 1, text: setup.answer.join(', ') };
  return { taken: recogniser(node, read), read };
}

/** The parts of a read a recogniser case compares: stage, stem, options, answer, notes and mapped explanations. */
export function summarise(read: QuestionRead): Record<string, unknown> {
  const { draft } = read;
  return {
    stage: read.stage,
    awaiting: read.awaiting,
    stem: read.stem,
    options: draft.options.map((option) => `${option.label}: ${option.text}`),
    answer: draft.answer?.labels ?? null,
    notes: draft.explanations.notes,
    byLabel: Object.fromEntries(draft.explanations.byLabel),
  };
}

/**
 * What the app needs to find a question again after its id changed: a compact print of every question of the
 * vault (its note, stem key and option keys) and the ids it had under the first releases' scheme. Built at
 * build time into its own module, which the app loads only when saved progress names ids the vault lacks.
 */
import { formerQuestionId } from './question-id.ts';
import { stemKey } from './stem-key.ts';
import type { Note } from './types.ts';

/** A question as remembered for matching: its note's slug, its stem key and its options' keys. */
export interface QuestionPrint {
  slug: string;
  stem: string;
  options: string[];
}

/** A question of the current vault, with its id and the ids it had before. */
export interface VaultQuestion extends QuestionPrint {
  id: string;
  formerIds: string[];
}

// Enough of a stem or an option to tell questions apart, bounded so saved progress stays small.
const STEM_CHARS = 240;
const OPTION_CHARS = 100;

/** The print of a question: keys cut to a bounded length. */
export function printQuestion(slug: string, question: { stem: string; options: { text: string }[] }): QuestionPrint {
  return {
    slug,
    stem: stemKey(question.stem).slice(0, STEM_CHARS),
    options: question.options.map((option) => stemKey(option.text).slice(0, OPTION_CHARS)),
  };
}

/** Every question of the vault as re-attachment matches against it. */
export function vaultQuestions(notes: readonly Note[]): VaultQuestion[] {
  return notes.flatMap((note) =>
    note.questions.map((question) => ({
      id: question.id,
      ...printQuestion(note.slug, question),
      formerIds: [formerQuestionId(note.slug, question.stem)],
    })),
  );
}

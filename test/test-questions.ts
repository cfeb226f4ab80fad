/**
 * Small questions for the engine's tests, shaped like parsed notes (the seed note's question first).
 */
import type { Question } from '../src/content/types';
import type { QuizItem } from '../src/quiz/types';
import { createSession, type Session } from '../src/quiz/session';

/** Builds a question from option texts and correct labels; explanations name their own letter. */
export function makeQuestion(id: string, texts: string[], answer: string[], explanations?: (string | null)[]): Question {
  const options = texts.map((text, index) => {
    const label = String.fromCharCode(65 + index);
    return {
      label,
      text,
      correct: answer.includes(label),
      explanation: explanations ? (explanations[index] ?? null) : `**${label}번** - ${text} 설명`,
    };
  });
  return { id, stem: `Stem of ${id}`, multi: answer.length > 1, options, answer: [...answer].sort(), notes: [], line: 1 };
}

/** The seed note's question: four options, C correct, explanations for the three wrong ones. */
export const seedQuestion: Question = makeQuestion(
  'q-kms',
  ['Security groups', 'VPC access', 'IAM role with S3 read + KMS key policy', 'Assign the KMS key'],
  ['C'],
  ['**A번** - 보안 그룹은 무관', '**B번** - VPC와 무관', null, '**D번** - 키는 할당되지 않음'],
);

/** Wraps questions as quiz items of one note with the given tags. */
export function itemsOf(noteSlug: string, tags: string[], questions: Question[]): QuizItem[] {
  return questions.map((question) => ({ noteSlug, noteTitle: `Title of ${noteSlug}`, tags, question }));
}

/** When the two-note sessions below start: 2026-03-01 09:00 UTC. */
export const SESSION_START = Date.parse('2026-03-01T09:00:00.000Z');

/** Two notes' items: the seed question (one answer) and a Glue question with two answers (A and C). */
export const twoNoteItems: QuizItem[] = [
  ...itemsOf('kms', ['service/kms'], [seedQuestion]),
  ...itemsOf('glue', ['data/glue'], [makeQuestion('g1', ['a', 'b', 'c'], ['A', 'C'])]),
];

/** A session over `twoNoteItems` in their order, started at SESSION_START. */
export function startTwoNoteSession(mode: 'practice' | 'exam', shuffleOptions = false): Session {
  return createSession({ selection: { kind: 'all' }, items: twoNoteItems, seed: 9, mode, shuffleOptions, now: SESSION_START, keepOrder: true });
}

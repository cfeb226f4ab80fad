/**
 * Small questions for the engine's tests, shaped like parsed notes (the seed note's question first).
 */
import type { Question } from '../src/content/types';
import type { QuizItem } from '../src/quiz/types';

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

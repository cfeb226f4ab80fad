/**
 * Optional option shuffling. Options are drawn in a seeded order and re-lettered A, B, C ... for
 * display; each explanation travels with its option, and letters named inside explanations and
 * general notes are rewritten to the new letters. Answers are always recorded by ORIGINAL label.
 */
import type { Question } from '../content/types';
import { shuffle } from './random';
import { relabelHtml, relabelText } from './relabel-text';

/** A question as displayed, with the maps between display labels and original labels. */
export interface DisplayQuestion {
  /** The question re-lettered for display: options in display order, answer in display labels. */
  question: Question;
  /** Display label → original label. */
  toOriginal: Record<string, string>;
  /** Original label → display label. */
  toDisplay: Record<string, string>;
}

/** The original labels of a question in a seeded display order (a permutation of its labels). */
export function optionOrder(question: Pick<Question, 'options'>, seed: number): string[] {
  return shuffle(
    question.options.map((option) => option.label),
    seed,
  );
}

/** Whether `order` lists each option label of the question exactly once. */
export function isOptionOrder(question: Pick<Question, 'options'>, order: readonly string[]): boolean {
  const labels = question.options.map((option) => option.label);
  return order.length === labels.length && new Set(order).size === order.length && order.every((l) => labels.includes(l));
}

/** Lays the options out in `order` (original labels); a stale or invalid order falls back to the note's order. */
export function applyOptionOrder(question: Question, order: readonly string[]): DisplayQuestion {
  const labels = question.options.map((option) => option.label);
  const chosenOrder = isOptionOrder(question, order) ? order : labels;
  const toOriginal: Record<string, string> = {};
  const toDisplay: Record<string, string> = {};
  chosenOrder.forEach((original, index) => {
    const display = labels[index] as string;
    toOriginal[display] = original;
    toDisplay[original] = display;
  });
  const byLabel = new Map(question.options.map((option) => [option.label, option]));
  const options = chosenOrder.map((original) => {
    const option = byLabel.get(original)!;
    const explanation = option.explanation === null ? null : relabelText(option.explanation, toDisplay);
    const html = option.html && { ...option.html, explanation: option.html.explanation === null ? null : relabelHtml(option.html.explanation, toDisplay) };
    return { ...option, label: toDisplay[original] as string, explanation, ...(html ? { html } : {}) };
  });
  const answer = question.answer.map((label) => toDisplay[label] ?? label).sort();
  const notes = question.notes.map((note) => relabelText(note, toDisplay));
  const html = question.html && { ...question.html, notes: question.html.notes.map((note) => relabelHtml(note, toDisplay)) };
  return { question: { ...question, options, answer, notes, ...(html ? { html } : {}) }, toOriginal, toDisplay };
}

/** Shuffles a question's options with a seed and re-letters them for display. */
export function shuffleOptions(question: Question, seed: number): DisplayQuestion {
  return applyOptionOrder(question, optionOrder(question, seed));
}

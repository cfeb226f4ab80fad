/**
 * Which option texts the flow diagram should light up: the option being pointed at (hovered or
 * focused) when there is one, else the chosen options.
 */
import type { Question } from '../content/types';

/**
 * The text of each option in focus, ready for the diagram's node matching. Only the option's own words count:
 * an explanation of why it is wrong names what it is not about ("S3 is unrelated to the VPC").
 */
export function pointedTexts(question: Question, chosen: readonly string[], pointing: string | null): string[] {
  const labels = pointing !== null ? [pointing] : chosen;
  return question.options
    .filter((option) => labels.includes(option.label))
    .map((option) => option.text);
}

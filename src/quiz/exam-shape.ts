/**
 * The exam as it will be taken: the blueprint's (examflow.yaml) when the vault has one, else the settings'.
 * One place decides, so the setup, the clock, the score and the results page agree.
 */
import type { Blueprint } from './blueprint';
import type { ExamSettings } from './exam-timer';

/** Length, time, pass mark and scale of the exam, with the blueprint's name when there is one. */
export interface ExamShape extends ExamSettings {
  name: string | null;
  scale: { min: number; max: number };
}

/** The AWS scale every exam used before blueprints. */
export const DEFAULT_SCALE = { min: 100, max: 1000 } as const;

/** The blueprint's exam when there is one; else the person's settings on the 100–1000 scale. */
export function examShape(settings: ExamSettings, blueprint: Blueprint | null): ExamShape {
  if (blueprint === null) return { ...settings, name: null, scale: { ...DEFAULT_SCALE } };
  const { name, questions, minutes, passMark, scale } = blueprint.exam;
  return { name, examQuestions: questions, examMinutes: minutes, passMark, scale: { ...scale } };
}

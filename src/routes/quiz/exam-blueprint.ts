/**
 * The vault's blueprint (examflow.yaml, read at build time) and the exam shape it gives with the settings:
 * the one place the quiz pages learn whether exams are drawn by domain.
 */
import vaultBlueprint from 'virtual:examflow/blueprint';
import type { Blueprint } from '../../quiz/blueprint';
import { examShape, type ExamShape } from '../../quiz/exam-shape';
import { useSettings } from '../../store/settings';

/** The usable blueprint, or null when the vault has none or its file has errors. */
export const blueprint: Blueprint | null = vaultBlueprint?.blueprint ?? null;

/** The file as the build read it, problems included, or null when the vault has no examflow.yaml. */
export { vaultBlueprint };

/** The exam's shape for the current settings, re-rendering when they change. */
export function useExamShape(): ExamShape {
  const questions = useSettings((s) => s.examQuestions);
  const minutes = useSettings((s) => s.examMinutes);
  const passMark = useSettings((s) => s.passMark);
  return examShape({ examQuestions: questions, examMinutes: minutes, passMark }, blueprint);
}

/** The exam's shape now, outside React (submitting an exam). */
export function currentExamShape(): ExamShape {
  return examShape(useSettings.getState(), blueprint);
}

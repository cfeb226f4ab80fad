/**
 * The engine over the real sample vault: every question, shuffled with several seeds, keeps its
 * answer, option texts and explanations together, and letters named in explanations follow.
 */
import { readVault } from '../build/read-vault';
import { parseVault } from '../content/parse-vault';
import { examQuestionCount } from './exam-timer';
import { sessionResults } from './outcomes';
import { createSession, currentQuestionId, displayQuestion } from './session';
import { choose, goTo } from './session-actions';
import { shuffleOptions } from './shuffle-options';
import { quizItemsOf, type QuizItem } from './types';
import { hasVaultSample, VAULT_SAMPLE_DIR } from '../cli/vault-sample';

const vault = VAULT_SAMPLE_DIR;
const present = hasVaultSample;

// The same reader as the build and content:check, so the engine sees exactly the notes the app ships.
const items: QuizItem[] = present ? parseVault(await readVault(vault)).flatMap((analysis) => quizItemsOf(analysis.note)) : [];
const ownLetterForms = (label: string) => [`Option ${label}`, `옵션 ${label}`, `${label}번`, `(${label})`];

describe.runIf(present)('the engine on the sample vault', () => {
  test('finds the questions', () => {
    expect(items.length).toBeGreaterThan(200);
    expect(items.some((item) => item.question.multi)).toBe(true);
  });

  test.each([1, 2, 3])('shuffling with seed %i keeps answers, texts and explanations together', (seed) => {
    let renamed = 0;
    for (const { question } of items) {
      const { question: shown, toOriginal } = shuffleOptions(question, seed);
      expect(shown.answer.map((label) => toOriginal[label]).sort()).toEqual(question.answer);
      for (const option of shown.options) {
        const original = question.options.find((o) => o.label === toOriginal[option.label])!;
        expect(option.text).toBe(original.text);
        expect(option.correct).toBe(original.correct);
        expect(option.explanation === null).toBe(original.explanation === null);
        const newForms = ownLetterForms(option.label);
        for (const [index, before] of ownLetterForms(original.label).entries()) {
          if (original.explanation?.includes(before)) {
            expect(option.explanation).toContain(newForms[index]);
            renamed += 1;
          }
        }
      }
    }
    expect(renamed).toBeGreaterThan(0);
  });

  test('an exam over the whole vault asks 65 distinct questions and scores a perfect run 1000', () => {
    const count = examQuestionCount(items.length);
    let session = createSession({ selection: { kind: 'all' }, items, seed: 2026, mode: 'exam', shuffleOptions: true, limit: count, now: 0 });
    expect(new Set(session.questionIds).size).toBe(65);
    const byId = new Map(items.map((item) => [item.question.id, item.question]));
    for (let index = 0; index < session.questionIds.length; index += 1) {
      session = goTo(session, index, index * 1000);
      const question = byId.get(currentQuestionId(session)!)!;
      for (const label of displayQuestion(session, question).question.answer) session = choose(session, label);
    }
    expect(sessionResults(session, items)).toMatchObject({ correct: 65, total: 65, scaled: 1000, passed: true });
  });
});

/**
 * The engine over real notes (the sample vault where present, the seed notes and the fixture vaults): every
 * question, shuffled with several seeds, keeps its answer, option texts and explanations together, and
 * letters named in explanations follow.
 */
import { readRoot, VAULT_ROOTS, type VaultRoot } from '../../test/vault-roots';
import { parseVault } from '../content/parse-vault';
import { examQuestionCount } from './exam-timer';
import { sessionResults } from './outcomes';
import { createSession, currentQuestionId, displayQuestion } from './session';
import { choose, goTo } from './session-actions';
import { shuffleOptions } from './shuffle-options';
import { quizItemsOf, type QuizItem } from './types';

// Per vault: questions it holds at least; whether its explanations name options in the forms below (so a
// shuffle must rename some); and the notes broken on purpose, whose questions no answer can get right.
const PINNED: Record<VaultRoot['id'], { minQuestions: number; namesLetters: boolean; brokenOnPurpose: string[] }> = {
  sample: { minQuestions: 200, namesLetters: true, brokenOnPurpose: [] },
  seed: { minQuestions: 9, namesLetters: true, brokenOnPurpose: [] },
  hostile: { minQuestions: 5, namesLetters: false, brokenOnPurpose: ['broken/answer-not-in-options.md', 'broken/no-options.md'] },
  obsidian: { minQuestions: 2, namesLetters: false, brokenOnPurpose: [] },
};

const ownLetterForms = (label: string) => [`Option ${label}`, `옵션 ${label}`, `${label}번`, `(${label})`];

describe.each(VAULT_ROOTS)('the engine on $name', async (root) => {
  const { minQuestions, namesLetters, brokenOnPurpose } = PINNED[root.id];
  const notes = parseVault(await readRoot(root)).map((analysis) => analysis.note);
  const items: QuizItem[] = notes.flatMap((note) => quizItemsOf(note));
  // Where the sample is absent its checks are reported as skipped, never passed.
  const check = root.present ? test : test.skip;

  check('finds the questions', () => {
    expect(items.length).toBeGreaterThanOrEqual(minQuestions);
    if (root.id === 'sample') expect(items.some((item) => item.question.multi)).toBe(true);
  });

  check.each([1, 2, 3])('shuffling with seed %i keeps answers, texts and explanations together', (seed) => {
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
    expect(renamed > 0).toBe(namesLetters);
  });

  check('an exam over the whole vault asks min(65, questions) distinct questions and scores a perfect run 1000', () => {
    const broken = new Set(notes.filter((note) => brokenOnPurpose.includes(note.file)).map((note) => note.slug));
    expect(broken.size).toBe(brokenOnPurpose.length);
    const answerable = items.filter((item) => !broken.has(item.noteSlug));
    const count = examQuestionCount(answerable.length);
    expect(count).toBe(Math.min(65, answerable.length));
    let session = createSession({ selection: { kind: 'all' }, items: answerable, seed: 2026, mode: 'exam', shuffleOptions: true, limit: count, now: 0 });
    expect(new Set(session.questionIds).size).toBe(count);
    const byId = new Map(answerable.map((item) => [item.question.id, item.question]));
    for (let index = 0; index < session.questionIds.length; index += 1) {
      session = goTo(session, index, index * 1000);
      const question = byId.get(currentQuestionId(session)!)!;
      for (const label of displayQuestion(session, question).question.answer) session = choose(session, label);
    }
    expect(sessionResults(session, answerable)).toMatchObject({ correct: count, total: count, scaled: 1000, passed: true });
  });
});

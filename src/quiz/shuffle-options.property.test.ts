import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listMarkdownFiles } from '../build/read-vault';
import { findOptionReferences } from '../content/option-references';
import { parseNote } from '../content/parse-note';
import type { Question } from '../content/types';
import { optionOrder, applyOptionOrder } from './shuffle-options';

const repo = join(import.meta.dirname, '../..');
const fixtureRoot = join(repo, 'src/content/fixtures');

/** Every note every clone has: the parser fixtures, the seed notes and the hostile fixture vault. */
async function questionsOfEveryFixture(): Promise<{ file: string; question: Question }[]> {
  const fixtures = readdirSync(fixtureRoot).map((name) => join(fixtureRoot, name, 'note.md'));
  const vaults = await Promise.all(
    ['content', 'e2e/fixtures/hostile-vault'].map(async (dir) =>
      (await listMarkdownFiles(join(repo, dir))).map((file) => join(repo, dir, file)),
    ),
  );
  return [...fixtures, ...vaults.flat()].flatMap((file) =>
    parseNote(readFileSync(file, 'utf8'), file).note.questions.map((question) => ({ file, question })),
  );
}

/** Every order of the labels (720 for six options); a spread of seeded shuffles for the hostile giant notes. */
function everyOrder(question: Question): string[][] {
  const labels = question.options.map((option) => option.label);
  const size = question.options.reduce((sum, option) => sum + (option.explanation?.length ?? 0), question.notes.join('').length);
  if (labels.length > 6 || size > 20_000) return Array.from({ length: 24 }, (_, seed) => optionOrder(question, seed));
  const orders: string[][] = [];
  const permute = (done: string[], rest: string[]) => {
    if (rest.length === 0) orders.push(done);
    rest.forEach((label, i) => permute([...done, label], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  permute([], labels);
  return orders;
}

/** The options a text names, as a sorted list of labels (a range counts each label it spans). */
const namedIn = (text: string | null, toOriginal: Record<string, string> = {}) =>
  findOptionReferences(text ?? '')
    .flatMap((reference) => reference.labels.map((label) => toOriginal[label] ?? label))
    .sort();

describe('shuffled explanations name the options they named before', async () => {
  const questions = await questionsOfEveryFixture();

  test('the fixtures hold questions whose explanations name options', () => {
    const naming = questions.filter(({ question }) => question.options.some((option) => namedIn(option.explanation).length > 0));
    expect(naming.length, `${naming.length} of ${questions.length}`).toBeGreaterThan(10);
  });

  test.each(questions.map(({ file, question }) => [file.slice(repo.length + 1), question.line, question] as const))(
    '%s:%i',
    (_file, _line, question) => {
      const byLabel = new Map(question.options.map((option) => [option.label, option]));
      for (const order of everyOrder(question)) {
        const { question: shown, toOriginal } = applyOptionOrder(question, order);
        for (const option of shown.options) {
          const before = byLabel.get(toOriginal[option.label] as string)?.explanation ?? null;
          expect(namedIn(option.explanation, toOriginal), `${order.join('')} ${option.label}`).toEqual(namedIn(before));
        }
        shown.notes.forEach((note, i) => expect(namedIn(note, toOriginal)).toEqual(namedIn(question.notes[i] ?? '')));
      }
    },
  );
});

/**
 * Progress follows its question through what authors do to notes: the vault is parsed, answered and flagged,
 * then edited every way the issue lists, parsed again, and the saved progress re-attached.
 */
import { parseVault } from '../content/parse-vault';
import { formerQuestionId } from '../content/question-id';
import { printQuestion, vaultQuestions } from '../content/question-prints';
import type { Note } from '../content/types';
import { buildCards } from '../review/schedule';
import { emptyProgress, type Attempt, type ProgressData } from './progress-schema';
import { MATCH_THRESHOLD, matchScore, reattachProgress } from './reattach';

const question = (stem: string, options: string[], answer = 'B') =>
  `**Question:** ${stem}\n\n${options.map((text, i) => `- ${'ABCDE'[i]}) ${text}`).join('\n')}\n\n**정답: ${answer}**\n`;
const note = (title: string, ...questions: string[]) => `# ${title}\n\n## 관련 문제\n\n${questions.join('\n\n')}`;

const STORAGE = ['Amazon S3 Standard', 'Amazon S3 Glacier Deep Archive', 'Amazon EBS gp3', 'Amazon EFS'];
const STREAM = ['Kinesis Data Streams', 'Amazon SQS', 'AWS Batch', 'Amazon MQ'];
const LOGS = ['Amazon Athena', 'Amazon Redshift', 'Amazon Neptune', 'AWS Glue DataBrew'];
const KEYS = ['AWS KMS with automatic rotation', 'AWS CloudHSM', 'AWS Secrets Manager', 'IAM access keys'];
const GROUPS = ['IAM groups with a policy each', 'One IAM user per team', 'S3 bucket ACLs', 'SageMaker domain settings'];
const TWIN = question('How do three teams get different SageMaker rights?', GROUPS, 'A');
// The twin is a copy of the IAM note that its author named with an alias.
const aliased = (title: string) => `---\naliases: [iam-team-rights]\n---\n${note(title, TWIN)}`;

const before = [
  { file: 'storage/s3-classes.md', markdown: note('S3', question('Which storage class is the cheapst for data read once a year?', STORAGE)) },
  { file: 'streaming/kinesis.md', markdown: note('Kinesis', question('Which service ingests click streams in real time?', STREAM, 'A')) },
  { file: 'analytics/athena.md', markdown: note('Athena', question('A company stores logs in S3. Which service queries them with SQL without servers?', LOGS, 'A')) },
  { file: 'security/kms.md', markdown: note('KMS', question('Which service rotates encryption keys every year with no code?', KEYS, 'A')) },
  { file: 'security/iam-groups.md', markdown: note('IAM', TWIN) },
  { file: 'security/iam-groups-copy.md', markdown: aliased('IAM copy') },
];
const after = [
  // A typo fixed and the case of a word changed.
  { file: 'storage/s3-classes.md', markdown: note('S3', question('Which storage class is the Cheapest for data read once a year?', STORAGE)) },
  // Renamed and moved, bold and a "(Choose two)" hint added, options reordered.
  {
    file: 'aws/data/kinesis-streams.md',
    markdown: note('Kinesis', question('Which **service** ingests click streams in real time? (Choose two.)', [STREAM[3]!, STREAM[1]!, STREAM[0]!, STREAM[2]!], 'C')),
  },
  // Punctuation, and a one-word edit in the stem.
  { file: 'analytics/athena.md', markdown: note('Athena', question('A company stores logs in S3 - which service queries them with SQL, serverless?', LOGS, 'A')) },
  // Untouched, but a note with the same file name appears elsewhere and takes the plain slug.
  { file: 'security/kms.md', markdown: note('KMS', question('Which service rotates encryption keys every year with no code?', KEYS, 'A')) },
  { file: 'archive/kms.md', markdown: note('KMS (old)', question('Which service stores database passwords?', KEYS, 'C')) },
  // The same question in two notes: the aliased copy is renamed and moved ahead of the original in path order.
  { file: 'security/iam-groups.md', markdown: note('IAM', TWIN) },
  { file: 'aws/iam/team-rights.md', markdown: aliased('IAM copy') },
];

const notesOf = (files: { file: string; markdown: string }[]): Note[] => parseVault(files).map((analysis) => analysis.note);

/** Three answers per question on three days, a flag on the second, fourth and sixth, prints remembered as the app does. */
function progressOn(notes: Note[], ids: (note: Note, index: number) => string = (n, i) => n.questions[i]!.id, withPrints = true): ProgressData {
  const data = emptyProgress();
  notes.forEach((n) => {
    const id = ids(n, 0);
    ['2026-01-01', '2026-01-03', '2026-01-09'].forEach((day, k) => {
      const chosen = k === 0 ? ['C'] : n.questions[0]!.answer;
      const attempt: Attempt = {
        id: `${id}-${k}`, questionId: id, noteSlug: n.slug, at: `${day}T10:00:00.000Z`, chosen,
        chosenTexts: chosen.map((label) => n.questions[0]!.options.find((o) => o.label === label)!.text),
        correct: k > 0, seconds: 20, mode: 'practice',
      };
      data.attempts.push(attempt);
    });
    if (withPrints) data.prints[id] = printQuestion(n.slug, n.questions[0]!);
  });
  [1, 3, 5].filter((i) => i < notes.length).forEach((i) => {
    data.flags[ids(notes[i]!, 0)] = { flagged: true, at: `2026-01-0${i}T00:00:00.000Z` };
  });
  return data;
}

describe('progress that survives editing', () => {
  const old = notesOf(before);
  const edited = notesOf(after);
  const byTitle = (notes: Note[], title: string) => notes.find((n) => n.heading === title)!.questions[0]!;
  const titles = ['S3', 'Kinesis', 'Athena', 'KMS', 'IAM', 'IAM copy'];

  test('every attempt, flag and schedule follows its question', () => {
    const saved = progressOn(old);
    const { data, moved, unresolved } = reattachProgress(saved, vaultQuestions(edited));
    expect(unresolved).toEqual([]);
    const oldCards = buildCards(saved.attempts);
    const newCards = buildCards(data.attempts);
    for (const title of titles) {
      const from = byTitle(old, title).id;
      const to = byTitle(edited, title).id;
      expect(data.attempts.filter((a) => a.questionId === to).map((a) => a.id)).toEqual(saved.attempts.filter((a) => a.questionId === from).map((a) => a.id));
      expect(newCards.get(to)?.due).toEqual(oldCards.get(from)?.due);
      expect(data.flags[to]).toEqual(saved.flags[from]);
      if (from !== to) expect(moved.get(from)).toBe(to);
    }
    // The renamed note's attempts now point at its new slug, and nothing went to the note that took the old one.
    expect(data.attempts.filter((a) => a.questionId === byTitle(edited, 'Kinesis').id).every((a) => a.noteSlug === 'kinesis-streams')).toBe(true);
    expect(data.attempts.some((a) => a.questionId === byTitle(edited, 'KMS (old)').id)).toBe(false);
  });

  test('a renamed note, bold, case and a hint keep the id itself; a typo fix or a reworded stem needs matching', () => {
    expect(byTitle(edited, 'S3').id).not.toBe(byTitle(old, 'S3').id);
    expect(byTitle(edited, 'Kinesis').id).toBe(byTitle(old, 'Kinesis').id);
    expect(byTitle(edited, 'KMS').id).toBe(byTitle(old, 'KMS').id);
    expect(byTitle(edited, 'Athena').id).not.toBe(byTitle(old, 'Athena').id);
    expect(byTitle(edited, 'IAM').id).toBe(byTitle(old, 'IAM').id);
    expect(byTitle(edited, 'IAM copy').id).toBe(byTitle(old, 'IAM copy').id);
  });

  test('progress saved when the first of two twins held the plain id goes to the note it was answered in', () => {
    const plain = parseVault([before[4]!])[0]!.note.questions[0]!.id;
    const saved = progressOn(old.filter((n) => n.heading === 'IAM'), () => plain);
    const { data, unresolved } = reattachProgress(saved, vaultQuestions(edited));
    expect(unresolved).toEqual([]);
    expect(new Set(data.attempts.map((a) => a.questionId))).toEqual(new Set([byTitle(edited, 'IAM').id]));
  });

  test('the answer given is still known by its text after the options were reordered', () => {
    const { data } = reattachProgress(progressOn(old), vaultQuestions(edited));
    const kinesis = byTitle(edited, 'Kinesis');
    const first = data.attempts.find((a) => a.questionId === kinesis.id)!;
    const shownAs = first.chosenTexts!.map((text) => kinesis.options.find((o) => o.text === text)?.label);
    expect(first.chosen).toEqual(['C']);
    expect(shownAs).toEqual(['D']);
  });

  test('progress saved under the first releases\' ids (slug and stem, no prints) finds its questions', () => {
    const saved = progressOn(old, (n, i) => formerQuestionId(n.slug, n.questions[i]!.stem), false);
    const { data, unresolved } = reattachProgress(saved, vaultQuestions(old));
    expect(unresolved).toEqual([]);
    expect(new Set(data.attempts.map((a) => a.questionId))).toEqual(new Set(old.map((n) => n.questions[0]!.id)));
  });

  test('what matches nothing well enough stays saved and is listed', () => {
    const saved = progressOn(old);
    const gone = notesOf(after.filter((entry) => !entry.file.includes('athena')));
    const { data, unresolved } = reattachProgress(saved, vaultQuestions(gone));
    const athena = byTitle(old, 'Athena').id;
    expect(unresolved).toEqual([athena]);
    expect(data.attempts.filter((a) => a.questionId === athena)).toHaveLength(3);
  });

  test.each([
    ['the same question reworded', 'Which service queries logs in S3 with SQL and no servers to run?', LOGS, true],
    ['another question over the same options', 'Which service builds a graph of social connections?', LOGS, false],
    ['the same stem over other options', 'A company stores logs in S3. Which service queries them with SQL without servers?', KEYS, false],
  ])('%s: above the threshold = %s', (_name, stem, options, above) => {
    const print = printQuestion('a', byTitle(old, 'Athena'));
    const candidate = printQuestion('a', { stem, options: options.map((text) => ({ text })) });
    expect(matchScore(print, candidate) >= MATCH_THRESHOLD).toBe(above);
  });
});

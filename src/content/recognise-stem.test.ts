import { recogniseFirst, summarise, type ReadSetup } from '../../test/question-read-case';
import { noteBlock, stemBlock, stemParagraph } from './recognise-stem';
import type { Recogniser } from './question-read';

const STEM = { stage: 'stem' } satisfies ReadSetup;
const OPTIONS = { stage: 'options', options: ['A', 'B'] } satisfies ReadSetup;

describe.each<[string, Recogniser, string, ReadSetup, string | null, Record<string, unknown>]>([
  ['stemParagraph', stemParagraph, '**Question 3:** Which store?', STEM, 'question label', { stem: ['Which store?'], options: [] }],
  ['stemParagraph', stemParagraph, '**Question (Choose two):** Which?', STEM, 'question label', { stem: ['Which? (Choose two)'] }],
  ['stemParagraph', stemParagraph, '문제: 무엇인가?\nA) EC2\nB) S3', STEM, 'question label', { stem: ['무엇인가?'], options: ['A: EC2', 'B: S3'], stage: 'options' }],
  ['stemParagraph', stemParagraph, 'Which store?\n**Options:**\nA) EC2\nB) S3', STEM, 'text before options', { stem: ['Which store?'], options: ['A: EC2', 'B: S3'] }],
  ['stemParagraph', stemParagraph, 'More context\nC) Lambda\nD) SQS', OPTIONS, 'text before options', { stem: [], notes: ['More context'] }],
  ['stemParagraph', stemParagraph, 'Which store?', STEM, null, { stem: [] }],
  ['stemParagraph', stemParagraph, 'A. one sentence\nthat goes on', STEM, null, { stem: [] }],
  ['stemBlock', stemBlock, '```\nSELECT 1;\n```', STEM, 'stem', { stem: ['```\nSELECT 1;\n```'] }],
  ['stemBlock', stemBlock, 'Which store?', OPTIONS, null, { stem: [] }],
  ['noteBlock', noteBlock, '![diagram](a.png)', OPTIONS, 'note', { notes: ['![diagram](a.png)'] }],
])('%s reads %j', (_name, recogniser, markdown, setup, kind, expected) => {
  test('as the grammar expects', () => {
    const { taken, read } = recogniseFirst(recogniser, markdown, setup);
    expect(taken).toBe(kind);
    expect(summarise(read)).toMatchObject(expected);
  });
});

test('the question starts on the line of its first stem text, after the label', () => {
  const { read } = recogniseFirst(stemParagraph, '**Question:**\n  Which store?\nA) EC2\nB) S3');
  expect(read.draft.line).toBe(2);
});

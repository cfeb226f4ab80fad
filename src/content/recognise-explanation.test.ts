import { recogniseFirst, summarise, type ReadSetup } from '../../test/question-read-case';
import { explanationLabel, explanationList, explanationParagraph, explanationTable } from './recognise-explanation';
import type { Recogniser } from './question-read';

const OPTIONS = { stage: 'options', options: ['A', 'B', 'C'] } satisfies ReadSetup;
const EXPLAIN = { stage: 'explain', options: ['A', 'B', 'C'], answer: ['B'] } satisfies ReadSetup;
const TABLE = '| 옵션 | 이유 |\n| --- | --- |\n| A | 느리다 |\n| C | 비싸다 |';

describe.each<[string, Recogniser, string, ReadSetup, string | null, Record<string, unknown>]>([
  ['explanationLabel', explanationLabel, '💡 추가 설명:', OPTIONS, 'explanation label', { stage: 'explain' }],
  ['explanationLabel', explanationLabel, '**Explanation**', OPTIONS, 'explanation label', { stage: 'explain' }],
  ['explanationLabel', explanationLabel, '💡 추가 설명:', { stage: 'stem' }, null, { stage: 'stem' }],
  ['explanationLabel', explanationLabel, '설명: B is cheaper', OPTIONS, null, { stage: 'options' }],
  ['explanationParagraph', explanationParagraph, '**A**: 느리다\n**C**: 비싸다', EXPLAIN, 'explanation paragraph', { byLabel: { A: ['느리다'], C: ['비싸다'] } }],
  ['explanationParagraph', explanationParagraph, '💡 추가 설명:\nS3 is durable.', EXPLAIN, 'note', { notes: ['S3 is durable.'] }],
  ['explanationParagraph', explanationParagraph, 'S3 is durable.\nAnd cheap.', EXPLAIN, 'note', { notes: ['S3 is durable.\nAnd cheap.'] }],
  ['explanationParagraph', explanationParagraph, 'S3 is durable.', OPTIONS, null, { notes: [] }],
  ['explanationList', explanationList, '- **A**: 느리다\n- 기타 설명', EXPLAIN, 'explanation list', { byLabel: { A: ['느리다'] }, notes: ['기타 설명'] }],
  ['explanationList', explanationList, '- one\n- two', OPTIONS, 'explanation list', { notes: ['- one\n- two'] }],
  ['explanationList', explanationList, '- one', { stage: 'stem' }, null, { notes: [] }],
  ['explanationTable', explanationTable, TABLE, EXPLAIN, 'explanation table', { byLabel: { A: ['느리다'], C: ['비싸다'] } }],
  ['explanationTable', explanationTable, '| 항목 | 값 |\n| --- | --- |\n| 속도 | 빠름 |', EXPLAIN, null, { notes: [], byLabel: {} }],
  ['explanationTable', explanationTable, TABLE, OPTIONS, null, { byLabel: {} }],
])('%s reads %j', (_name, recogniser, markdown, setup, kind, expected) => {
  test('as the grammar expects', () => {
    const { taken, read } = recogniseFirst(recogniser, markdown, setup);
    expect(taken).toBe(kind);
    expect(summarise(read)).toMatchObject(expected);
  });
});

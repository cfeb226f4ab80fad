import { recogniseFirst, summarise, type ReadSetup } from '../../test/question-read-case';
import { answerBullet, answerHeading, answerList, answerParagraph, answerQuote } from './recognise-answer';
import type { Recogniser } from './question-read';

const ABCD = { stage: 'options', options: ['A', 'B', 'C', 'D'] } satisfies ReadSetup;

describe.each<[string, Recogniser, string, ReadSetup, string | null, Record<string, unknown>]>([
  ['answerHeading', answerHeading, '### 정답: C', ABCD, 'answer heading', { answer: ['C'], stage: 'explain' }],
  ['answerHeading', answerHeading, '### Answer', ABCD, 'answer title', { answer: null, awaiting: true, stage: 'options' }],
  ['answerHeading', answerHeading, '### 정답: C', { ...ABCD, answer: ['A'] }, null, { answer: ['A'] }],
  ['answerHeading', answerHeading, '### 해설', ABCD, null, { answer: null }],
  ['answerParagraph', answerParagraph, '**정답: B**', ABCD, 'answer line', { answer: ['B'], stage: 'explain', notes: [] }],
  ['answerParagraph', answerParagraph, '**정답: B** 버킷 정책이 우선한다', ABCD, 'answer line', { answer: ['B'], notes: ['**정답: B** 버킷 정책이 우선한다'] }],
  ['answerParagraph', answerParagraph, 'Answer: A\n💡 추가 설명:', ABCD, 'answer line', { answer: ['A'], notes: [] }],
  ['answerParagraph', answerParagraph, 'Answer: A\nA is the only managed one.', ABCD, 'answer line', { notes: ['A is the only managed one.'] }],
  ['answerParagraph', answerParagraph, '**정답**', ABCD, 'answer title', { answer: null, awaiting: true }],
  ['answerParagraph', answerParagraph, 'C, D', { ...ABCD, awaiting: true }, 'answer line', { answer: ['C', 'D'] }],
  ['answerParagraph', answerParagraph, 'Amazon S3 stores objects.', ABCD, null, { answer: null, notes: [] }],
  ['answerParagraph', answerParagraph, '**정답: B**', { ...ABCD, answer: ['A'] }, null, { answer: ['A'] }],
  ['answerList', answerList, '- B\n- D', { ...ABCD, awaiting: true }, 'answer list', { answer: ['B', 'D'], stage: 'explain' }],
  ['answerList', answerList, '- B\n- D', ABCD, null, { answer: null }],
  ['answerBullet', answerBullet, '- **정답: C**\n- **A**: too slow', ABCD, 'answer bullet', { answer: ['C'], byLabel: { A: ['too slow'] } }],
  ['answerBullet', answerBullet, '- **A**: too slow', ABCD, null, { answer: null, byLabel: {} }],
  ['answerQuote', answerQuote, '> [!success] 정답: D\n> - **A**: no', ABCD, 'quote', { answer: ['D'], stage: 'explain', byLabel: { A: ['no'] } }],
  ['answerQuote', answerQuote, '> a quoted stem', { stage: 'stem' }, null, { notes: [] }],
  ['answerQuote', answerQuote, '> a remark', ABCD, 'quote', { answer: null, stage: 'options', notes: ['a remark'] }],
])('%s reads %j', (_name, recogniser, markdown, setup, kind, expected) => {
  test('as the grammar expects', () => {
    const { taken, read } = recogniseFirst(recogniser, markdown, setup);
    expect(taken).toBe(kind);
    expect(summarise(read)).toMatchObject(expected);
  });
});

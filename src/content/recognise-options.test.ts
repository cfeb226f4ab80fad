import { recogniseFirst, summarise, type ReadSetup } from '../../test/question-read-case';
import { optionsLabel, optionsList, optionsParagraph } from './recognise-options';
import type { Recogniser } from './question-read';

const STEM = { stage: 'stem' } satisfies ReadSetup;
const EXPLAIN = { stage: 'explain', options: ['A', 'B'], answer: ['A'] } satisfies ReadSetup;

describe.each<[string, Recogniser, string, ReadSetup, string | null, Record<string, unknown>]>([
  ['optionsLabel', optionsLabel, '**Options:**', STEM, 'options label', { options: [], stage: 'stem' }],
  ['optionsLabel', optionsLabel, '📝 선택지', STEM, 'options label', { options: [] }],
  ['optionsLabel', optionsLabel, '**Options:**', EXPLAIN, null, {}],
  ['optionsLabel', optionsLabel, 'Options are many.', STEM, null, {}],
  ['optionsParagraph', optionsParagraph, 'A) EC2\nB) S3', STEM, 'options paragraph', { options: ['A: EC2', 'B: S3'], stage: 'options' }],
  ['optionsParagraph', optionsParagraph, 'A) EC2\nB) S3\n정답: B', STEM, 'options paragraph', { answer: ['B'], stage: 'explain' }],
  ['optionsParagraph', optionsParagraph, 'A) EC2\nB) S3', EXPLAIN, null, { options: ['A: option A', 'B: option B'] }],
  ['optionsParagraph', optionsParagraph, 'Which service?', STEM, null, { options: [] }],
  ['optionsList', optionsList, '- A) EC2\n- B) S3', STEM, 'options list', { options: ['A: EC2', 'B: S3'], stage: 'options' }],
  ['optionsList', optionsList, '- [ ] A) EC2\n- [x] B) S3', STEM, 'options list', { options: ['A: EC2', 'B: S3'], answer: null }],
  ['optionsList', optionsList, '- **A)** EC2\n- **B)** S3\n- **정답: A**\n- **B**: not compute', STEM, 'options list', {
    answer: ['A'], stage: 'explain', byLabel: { B: ['not compute'] },
  }],
  ['optionsList', optionsList, '- A) EC2\n- no label', STEM, 'options list', { options: ['A: EC2'], notes: ['no label'] }],
  ['optionsList', optionsList, '- EC2\n- S3', STEM, null, { options: [] }],
  ['optionsList', optionsList, '- A) EC2', EXPLAIN, null, {}],
])('%s reads %j', (_name, recogniser, markdown, setup, kind, expected) => {
  test('as the grammar expects', () => {
    const { taken, read } = recogniseFirst(recogniser, markdown, setup);
    expect(taken).toBe(kind);
    expect(summarise(read)).toMatchObject(expected);
  });
});

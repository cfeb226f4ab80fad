import { parseDiagram } from './parse-diagram';
import { SEED_FLOW } from '../../test/seed-flow.fixture';
import { edgesOf } from '../../test/shape-cases';

const seed = SEED_FLOW;

describe('parseDiagram: the seed note', () => {
  const d = parseDiagram(seed);
  test('reads 9 nodes and 10 edges', () => {
    expect(d.parsed).toBe(true);
    expect(d.nodes.map((n) => n.label)).toEqual([
      'ML Specialist', 'S3 Bucket (KMS 암호화)', 'SageMaker Notebook',
      '데이터 업로드', '암호화 저장', 'IAM Role + KMS 권한',
      'KMS Key Policy', 'IAM Role Policy', 'SageMaker Execution Role',
    ]);
    expect(edgesOf(d)).toEqual([
      'IAM Role + KMS 권한 -> SageMaker Execution Role',
      'IAM Role Policy -> KMS Key Policy',
      'ML Specialist -> S3 Bucket (KMS 암호화)',
      'ML Specialist -> 데이터 업로드',
      'S3 Bucket (KMS 암호화) -> SageMaker Notebook',
      'S3 Bucket (KMS 암호화) -> 암호화 저장',
      'SageMaker Execution Role -> IAM Role Policy',
      'SageMaker Notebook -> IAM Role + KMS 권한',
      '데이터 업로드 -> KMS Key Policy',
      '암호화 저장 -> IAM Role Policy',
    ]);
  });
  test('places nodes on the author grid (row, display column)', () => {
    expect(d.nodes.map((n) => [n.row, n.col])).toEqual([
      [0, 0], [0, 16], [0, 41], [2, 2], [2, 19], [2, 41], [4, 2], [4, 19], [4, 37],
    ]);
  });
});

describe('parseDiagram: never throws, says when unsure', () => {
  test.each([
    ['empty', ''],
    ['blank lines', '\n\n   \n'],
    ['text without arrows', 'just a note\nwith two lines'],
    ['a dangling arrow', 'A\n↓'],
    ['an arrow with nothing on either side', '→'],
    ['a box with a drawing inside', '┌────┐\n│ A → B │\n└────┘'],
  ])('%s is not parsed', (_name, block) => {
    const d = parseDiagram(block);
    expect(d.parsed).toBe(false);
    expect(d.source).toBe(block);
    expect(d.problems.length).toBeGreaterThan(0);
  });
});

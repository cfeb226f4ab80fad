import { matchNodes } from './match-nodes';
import { parseDiagram } from './parse-diagram';
import { SEED_FLOW } from './seed-flow.fixture';
import { termsOf } from './terms';

const seed = parseDiagram(SEED_FLOW);
const labelsOf = (ids: string[]) => ids.map((id) => seed.nodes.find((n) => n.id === id)?.label);

const optionA =
  'Define security group(s) to allow all HTTP inbound/outbound traffic and assign those security group(s) to the Amazon SageMaker notebook instance' +
  '\n보안 그룹은 네트워크 수준 접근 제어로 S3 API 접근과 무관하며, 모든 트래픽 허용은 보안상 위험';
const optionC =
  'Assign an IAM role to the Amazon SageMaker notebook with S3 read access to the dataset. Grant permission in the KMS key policy to that role';

describe('termsOf', () => {
  test.each([
    ['IAM Role', ['iam', 'role']],
    ['iam roles', ['iam', 'role']],
    ['IAM 역할을', ['iam', 'role']],
    ['KMS 키 정책의', ['kms', 'key', 'policy']],
    ['the Amazon S3 data', ['s3']],
    ['S3에서 데이터를 읽기', ['s3', 'read']],
    ['Policies, permissions!', ['policy', 'permission']],
    ['암호화가 필요한', ['encrypt', '필요']],
  ])('%s', (text, expected) => {
    expect([...termsOf(text)].sort()).toEqual([...expected].sort());
  });
});

describe('matchNodes on the seed note', () => {
  test('option C lights the KMS and IAM policy nodes', () => {
    expect(labelsOf(matchNodes(optionC, seed))).toEqual(
      expect.arrayContaining(['KMS Key Policy', 'IAM Role Policy', 'IAM Role + KMS 권한']),
    );
  });

  test.each(['KMS Key Policy', 'IAM Role Policy', 'IAM Role + KMS 권한', 'SageMaker Execution Role', 'S3 Bucket (KMS 암호화)'])(
    'option A does not light %s',
    (label) => {
      expect(labelsOf(matchNodes(optionA, seed))).not.toContain(label);
    },
  );

  test.each([
    ['an unrelated option lights nothing', 'Use Amazon Comprehend to detect sentiment', []],
    ['empty text lights nothing', '', []],
    ['stop words alone light nothing', 'the Amazon AWS data', []],
    ['Korean names a node', 'KMS 키 정책에 권한을 부여', ['IAM Role + KMS 권한', 'KMS Key Policy']],
  ])('%s', (_name, text, expected) => {
    expect(labelsOf(matchNodes(text, seed))).toEqual(expected);
  });

  test('a word on most boxes does not light them all', () => {
    const pipeline = parseDiagram('SageMaker Processing\n↓\nSageMaker Training\n↓\nSageMaker Endpoint\n↓\nSageMaker Monitor');
    const lit = matchNodes('Deploy the model to a SageMaker endpoint', pipeline).map((id) => pipeline.nodes.find((n) => n.id === id)?.label);
    expect(lit).toEqual(['SageMaker Endpoint']);
  });

  test('an unparsed diagram lights nothing', () => {
    expect(matchNodes(optionC, parseDiagram('no arrows here'))).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasVaultSample, VAULT_SAMPLE_DIR } from '../cli/vault-sample';
import { readRoot, VAULT_ROOTS, type VaultRoot } from '../../test/vault-roots';
import { parseVault } from '../content/parse-vault';
import { parseNote } from '../content/parse-note';
import { matchNodes, sharedTerms } from './match-nodes';
import { parseDiagram } from './parse-diagram';
import { SEED_FLOW } from '../../test/seed-flow.fixture';
import { termsOf } from './terms';
import type { Diagram } from './types';

const seed = parseDiagram(SEED_FLOW);
const lit = (text: string, diagram: Diagram) =>
  matchNodes(text, diagram).map((id) => diagram.nodes.find((n) => n.id === id)?.label);

// The seed note's four options, word for word.
const SEED_OPTIONS = {
  A: 'Define security group(s) to allow all HTTP inbound/outbound traffic and assign those security group(s) to the Amazon SageMaker notebook instance',
  B: "Configure the Amazon SageMaker notebook instance to have access to the VPC. Grant permission in the KMS key policy to the notebook's KMS role",
  C: 'Assign an IAM role to the Amazon SageMaker notebook with S3 read access to the dataset. Grant permission in the KMS key policy to that role',
};

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
    ["the notebook's role", ['notebook', 'role']],
  ])('%s', (text, expected) => {
    expect([...termsOf(text)].sort()).toEqual([...expected].sort());
  });
});

describe('matchNodes on the seed note', () => {
  test('B (VPC access, the notebook\'s KMS role) and C (IAM role, S3 read, key policy) light different boxes', () => {
    const b = lit(SEED_OPTIONS.B, seed);
    const c = lit(SEED_OPTIONS.C, seed);
    expect(b).toEqual(['SageMaker Notebook', 'KMS Key Policy']);
    expect(c).toEqual(expect.arrayContaining(['S3 Bucket (KMS 암호화)', 'IAM Role + KMS 권한', 'IAM Role Policy', 'KMS Key Policy']));
    expect(c).not.toContain('ML Specialist');
  });

  test('A (security groups on the notebook) lights only the notebook', () => {
    expect(lit(SEED_OPTIONS.A, seed)).toEqual(['SageMaker Notebook']);
  });
});

// Rules, each on a small flow of its own: what an option names, and what it does not.
const ANALYTICS = parseDiagram(
  'S3 데이터 레이크 → AWS Glue (스키마 정의) → Amazon Athena (SQL 쿼리로 분석) → Amazon QuickSight (대시보드)',
);
const RESULTS = parseDiagram('S3 Raw Data → Glue ETL → S3 Curated Data');
const ENCODING = parseDiagram('범주형 변수 → One-hot Encoding 적용 → 모델 학습');
const PIPELINE = parseDiagram('SageMaker Processing\n↓\nSageMaker Training\n↓\nSageMaker Endpoint\n↓\nSageMaker Monitor');

describe('matchNodes by rule', () => {
  test.each([
    ['Glue, Athena and QuickSight light all three', ANALYTICS, 'Catalog with AWS Glue, query with Amazon Athena, chart in Amazon QuickSight',
      ['AWS Glue (스키마 정의)', 'Amazon Athena (SQL 쿼리로 분석)', 'Amazon QuickSight (대시보드)']],
    ['a service not drawn lights nothing', ANALYTICS, 'Use Amazon Comprehend to detect sentiment', []],
    ['a word only in a box\'s bracketed note names no box', ANALYTICS, 'Load it into Redshift and run SQL there', []],
    ['a word on two boxes names neither', RESULTS, 'Keep everything in S3', []],
    ['the rest of the option chooses between them', RESULTS, 'Write the curated data to S3', ['S3 Curated Data']],
    ['half a name is not enough against a rival word', ENCODING, 'Label encoding', []],
    ['the whole name is', ENCODING, 'One-hot encoding', ['One-hot Encoding 적용']],
    ['Korean words name a box', ENCODING, '원-핫 말고 모델 학습을 먼저', ['모델 학습']],
    ['a word on most boxes tells none apart', PIPELINE, 'Deploy the model to a SageMaker endpoint', ['SageMaker Endpoint']],
    ['generic words alone light nothing', seed, 'Assign a role with the right permission and access', []],
    ['stop words alone light nothing', seed, 'the Amazon AWS data', []],
    ['empty text lights nothing', seed, '', []],
  ])('%s', (_rule, diagram, text, expected) => {
    expect(lit(text, diagram)).toEqual(expected);
  });

  test('a word every option says is the question\'s: it lights no box alone, and each option\'s own words still do', () => {
    const options = ['Query the S3 lake with Amazon Athena', 'Chart the S3 lake in Amazon QuickSight', 'Copy the S3 lake to Redshift'];
    const shared = sharedTerms(options);
    expect([...shared].sort()).toEqual(['lake', 's3']);
    const litBy = (text: string) => matchNodes(text, ANALYTICS, shared).map((id) => ANALYTICS.nodes.find((n) => n.id === id)?.label);
    expect(litBy(options[0]!)).toEqual(['Amazon Athena (SQL 쿼리로 분석)']);
    expect(litBy(options[1]!)).toEqual(['Amazon QuickSight (대시보드)']);
    expect(litBy(options[2]!)).toEqual([]);
    expect(lit(options[2]!, ANALYTICS)).toEqual(['S3 데이터 레이크']);
  });

  test('an unparsed diagram lights nothing', () => {
    expect(matchNodes(SEED_OPTIONS.C, parseDiagram('no arrows here'))).toEqual([]);
  });
});

function vaultFlow(slug: string): Diagram {
  const file = readdirSync(VAULT_SAMPLE_DIR, { recursive: true, withFileTypes: true })
    .find((entry) => entry.isFile() && entry.name === `${slug}.md`);
  if (!file) throw new Error(`${slug} is not in the sample vault`);
  const { note } = parseNote(readFileSync(join(file.parentPath, file.name), 'utf8'), file.name);
  return parseDiagram(note.flows[0]?.source ?? '');
}

// Options of sample notes the matcher was never tuned on word by word: what their own words name.
describe.skipIf(!hasVaultSample)('matchNodes over sample notes', () => {
  test.each([
    ['s3-glue-athena-quicksight-serverless', 'S3, Glue, Athena, and QuickSight', ['S3', 'AWS Glue', 'Amazon Athena', 'Amazon QuickSight']],
    ['s3-glue-athena-quicksight-serverless', 'S3, Kinesis, Amazon OpenSearch', ['S3']],
    ['etl-workflow-step-functions-batch-glue', 'Use AWS Glue to trigger the workflow, join datasets, save results to S3, and use SNS for notifications.', ['Glue', 'S3 (결과', 'SNS']],
    ['categorical-encoding-onehot-binary', 'Target encoding', []],
    ['confusion-matrix-multiclass-visualization', 'Correlation matrix', []],
  ])('%s: "%s"', (slug, text, prefixes) => {
    const labels = lit(text, vaultFlow(slug));
    expect(labels).toHaveLength(prefixes.length);
    prefixes.forEach((prefix, i) => expect(labels[i]).toMatch(new RegExp(`^${prefix.replace(/[()]/g, '\\$&')}`)));
  });
});

// Per vault, how many boxes the options of its questions light at least (the matcher must not fall silent).
const MIN_LIT: Record<VaultRoot['id'], number> = { sample: 500, seed: 20, hostile: 5, obsidian: 1 };

describe.each(VAULT_ROOTS)('matchNodes over $name', async (root) => {
  const notes = parseVault(await readRoot(root)).map((result) => result.note);

  test.skipIf(!root.present)('every box an option lights is in its flow and shares a word with the option', () => {
    let lit = 0;
    const wrong: string[] = [];
    for (const note of notes) {
      const diagram = parseDiagram(note.flows[0]?.source ?? '');
      if (!diagram.parsed) continue;
      for (const question of note.questions) {
        for (const option of question.options) {
          const words = termsOf(option.text);
          for (const id of matchNodes(option.text, diagram)) {
            lit += 1;
            const node = diagram.nodes.find((candidate) => candidate.id === id);
            if (!node || ![...termsOf(node.label)].some((term) => words.has(term))) wrong.push(`${note.file}:${question.line} ${option.label} → ${id}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(lit).toBeGreaterThanOrEqual(MIN_LIT[root.id]);
  });
});

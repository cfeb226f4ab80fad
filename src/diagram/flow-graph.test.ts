import { edgeKey, edgesAt, moveFrom, pathFromStart, stepOrder } from './flow-graph';
import { parseDiagram } from './parse-diagram';
import { SEED_FLOW } from '../../test/seed-flow.fixture';

const seed = parseDiagram(SEED_FLOW);
const id = (label: string) => seed.nodes.find((n) => n.label === label)?.id ?? '';
const label = (nodeId: string) => seed.nodes.find((n) => n.id === nodeId)?.label;

describe('flow graph helpers', () => {
  test('edges at S3 Bucket: one in, two out', () => {
    const { incoming, outgoing } = edgesAt(seed, id('S3 Bucket (KMS 암호화)'));
    expect(incoming.map((e) => label(e.from))).toEqual(['ML Specialist']);
    expect(outgoing.map((e) => label(e.to)).sort()).toEqual(['SageMaker Notebook', '암호화 저장']);
  });

  test.each([
    ['ML Specialist', []],
    ['S3 Bucket (KMS 암호화)', ['ML Specialist>S3 Bucket (KMS 암호화)']],
    ['KMS Key Policy', ['ML Specialist>데이터 업로드', '데이터 업로드>KMS Key Policy']],
  ])('path from the start to %s', (target, expected) => {
    const names = pathFromStart(seed, id(target)).map((key) => key.split('>').map(label).join('>'));
    expect(names).toEqual(expected);
  });

  test('step order visits every node once, starting at the start', () => {
    const order = stepOrder(seed);
    expect(new Set(order).size).toBe(seed.nodes.length);
    expect(label(order[0] ?? '')).toBe('ML Specialist');
  });

  test.each([
    ['ML Specialist', 'forward', 0, 'S3 Bucket (KMS 암호화)'],
    ['ML Specialist', 'forward', 1, '데이터 업로드'],
    ['IAM Role Policy', 'back', 0, '암호화 저장'],
    ['ML Specialist', 'back', 0, 'ML Specialist'],
    ['ML Specialist', 'previous', 0, 'SageMaker Execution Role'],
    ['SageMaker Notebook', 'next', 0, '데이터 업로드'],
    ['암호화 저장', 'first', 0, 'ML Specialist'],
  ] as const)('from %s, %s (turn %i) goes to %s', (from, move, turn, to) => {
    expect(label(moveFrom(seed, id(from), move, turn))).toBe(to);
  });

  test('edge keys are from>to', () => {
    expect(edgeKey({ from: 'n1', to: 'n2' })).toBe('n1>n2');
  });
});

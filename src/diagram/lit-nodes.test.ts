import { parseDiagram } from './parse-diagram';
import { SEED_FLOW } from '../../test/seed-flow.fixture';
import { litNodes } from './lit-nodes';

const seedFlow = SEED_FLOW;

describe('litNodes', () => {
  const diagram = parseDiagram(seedFlow);
  const labelsOf = (ids: string[]) => ids.map((id) => diagram.nodes.find((n) => n.id === id)?.label);

  test('the seed note\'s option C lights the key policy, the role policy and the role with KMS rights', () => {
    const optionC = 'Assign an IAM role to the Amazon SageMaker notebook with S3 read access to the dataset. Grant permission in the KMS key policy to that role';
    const lit = labelsOf(litNodes([optionC], diagram));
    expect(lit).toEqual(expect.arrayContaining(['KMS Key Policy', 'IAM Role Policy', 'IAM Role + KMS 권한']));
  });

  test('nothing pointed, nothing lit', () => {
    expect(litNodes([], diagram)).toEqual([]);
  });

  test('several texts light the union of their boxes, once each, in diagram order', () => {
    const both = litNodes(['KMS Key Policy', 'IAM Role Policy', 'KMS Key Policy'], diagram);
    expect(new Set(both).size).toBe(both.length);
    expect(labelsOf(both)).toEqual(expect.arrayContaining(['KMS Key Policy', 'IAM Role Policy']));
  });
});

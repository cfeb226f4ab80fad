import { seedQuestion } from '../../test/test-questions';
import { pointedTexts } from './pointed-texts';

describe('pointedTexts', () => {
  test.each([
    [['C'], null, ['IAM role with S3 read + KMS key policy']],
    [['C'], 'B', ['VPC access']],
    [[], null, []],
    [['A', 'D'], null, ['Security groups', 'Assign the KMS key']],
  ] as const)('chosen %j, pointing %s', (chosen, pointing, texts) => {
    expect(pointedTexts(seedQuestion, chosen, pointing)).toEqual(texts);
  });
});

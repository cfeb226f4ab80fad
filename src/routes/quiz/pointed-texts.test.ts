import { seedQuestion } from '../../quiz/test-questions';
import { pointedTexts } from './pointed-texts';

describe('pointedTexts', () => {
  test.each([
    [['C'], null, ['IAM role with S3 read + KMS key policy']],
    [['C'], 'B', ['VPC access **B번** - VPC와 무관']],
    [[], null, []],
    [['A', 'D'], null, ['Security groups **A번** - 보안 그룹은 무관', 'Assign the KMS key **D번** - 키는 할당되지 않음']],
  ] as const)('chosen %j, pointing %s', (chosen, pointing, texts) => {
    expect(pointedTexts(seedQuestion, chosen, pointing)).toEqual(texts);
  });
});

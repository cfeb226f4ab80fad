import { linkKey, resolveSlug, type LinkableNote } from './resolve-slug';

const notes: LinkableNote[] = [
  {
    slug: 'kms-sagemaker-s3-encryption',
    aliases: ['kms-encryption', 'SageMaker KMS'],
    file: '2025-08/2025-08-26/kms-sagemaker-s3-encryption.md',
  },
  { slug: 'xgboost-multiclass', aliases: ['XGBoost'], file: '2025-08/xgboost_multiclass.md' },
  { slug: 'hpo', aliases: ['kms-encryption'] },
  { slug: '암호화-기초', aliases: [] },
];

describe('resolveSlug', () => {
  test.each([
    ['kms-sagemaker-s3-encryption', 'kms-sagemaker-s3-encryption'],
    ['KMS-SageMaker-S3-Encryption', 'kms-sagemaker-s3-encryption'],
    ['kms-encryption', 'kms-sagemaker-s3-encryption'],
    ['sagemaker kms', 'kms-sagemaker-s3-encryption'],
    ['  SageMaker KMS  ', 'kms-sagemaker-s3-encryption'],
    ['xgboost_multiclass', 'xgboost-multiclass'],
    ['xgboost_multiclass.md', 'xgboost-multiclass'],
    ['2025-08/xgboost_multiclass', 'xgboost-multiclass'],
    ['xgboost', 'xgboost-multiclass'],
    ['hpo', 'hpo'],
    ['암호화-기초'.normalize('NFD'), '암호화-기초'],
    ['missing', null],
    ['', null],
  ])('%j -> %j', (target, expected) => {
    expect(resolveSlug(notes, target)).toBe(expected);
  });

  test('a slug wins over another note’s alias of the same name', () => {
    const clash: LinkableNote[] = [
      { slug: 'a', aliases: ['b'] },
      { slug: 'b', aliases: [] },
    ];
    expect(resolveSlug(clash, 'b')).toBe('b');
  });
});

describe('linkKey', () => {
  test.each([
    ['./Folder\\Note.MD', 'folder/note'],
    ['/a/b', 'a/b'],
  ])('%j -> %j', (target, expected) => {
    expect(linkKey(target)).toBe(expected);
  });
});

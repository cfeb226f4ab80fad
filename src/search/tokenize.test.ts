import { hangulBigrams, splitRuns, tokenize, tokenizeQuery } from './tokenize';

describe('splitRuns', () => {
  test.each([
    ['KMS로 암호화된 S3', ['kms', '로', '암호화된', 's3']],
    ['SSE-S3 (기본)', ['sse', 's3', '기본']],
    ['S3버킷에', ['s3', '버킷에']],
    ['k-means, XGBoost!', ['k', 'means', 'xgboost']],
    ['🎯 핵심 포인트', ['핵심', '포인트']],
    ['암호ㅎ', ['암호']],
    ['', []],
    ['   ', []],
  ])('%j', (text, expected) => {
    expect(splitRuns(text)).toEqual(expected);
  });

  test('treats decomposed (NFD) Hangul like composed Hangul', () => {
    expect(splitRuns('암호화'.normalize('NFD'))).toEqual(['암호화']);
  });
});

describe('hangulBigrams', () => {
  test.each([
    ['암', ['암']],
    ['암호', ['암호']],
    ['암호화된', ['암호', '호화', '화된']],
  ])('%s', (run, expected) => {
    expect(hangulBigrams(run)).toEqual(expected);
  });
});

describe('tokenize', () => {
  test.each([
    ['암호화된 데이터', ['암호화된', '암호', '호화', '화된', '데이터', '데이', '이터']],
    ['스케줄링은', ['스케줄링은', '스케', '케줄', '줄링', '링은']],
    ['SageMaker 노트북', ['sagemaker', '노트북', '노트', '트북']],
    ['키', ['키']],
    ['IAM 역할', ['iam', '역할']],
  ])('%s', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  test('can leave whole Hangul runs out, keeping short runs that are their own bigram', () => {
    expect(tokenize('암호화된 키 역할 KMS', false)).toEqual(['암호', '호화', '화된', '키', '역할', 'kms']);
  });

  test('every bigram of a word with a particle contains the bigrams of the bare word', () => {
    const indexed = new Set(tokenize('스케줄링은'));
    for (const unit of tokenizeQuery('스케줄링')) {
      expect(unit.kind).toBe('hangul');
      if (unit.kind === 'hangul') for (const gram of unit.bigrams) expect(indexed.has(gram)).toBe(true);
    }
  });
});

describe('tokenizeQuery', () => {
  test.each([
    ['암호화', [{ kind: 'hangul', run: '암호화', bigrams: ['암호', '호화'], glued: false }]],
    ['KMS 암호화', [{ kind: 'latin', word: 'kms' }, { kind: 'hangul', run: '암호화', bigrams: ['암호', '호화'], glued: false }]],
    ['SageMaker에서', [{ kind: 'latin', word: 'sagemaker' }, { kind: 'hangul', run: '에서', bigrams: ['에서'], glued: true }]],
    ['키', [{ kind: 'hangul', run: '키', bigrams: ['키'], glued: false }]],
    ['하하하', [{ kind: 'hangul', run: '하하하', bigrams: ['하하'], glued: false }]],
    ['kms KMS', [{ kind: 'latin', word: 'kms' }]],
    ['?!', []],
  ])('%j', (query, expected) => {
    expect(tokenizeQuery(query)).toEqual(expected);
  });
});

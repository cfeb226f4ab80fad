import { particle, withParticle } from './particles';

describe('particle', () => {
  test.each([
    ['사과', '을/를', '를'],
    ['책', '을/를', '을'],
    ['옵션 B', '을/를', '를'],
    ['옵션 L', '을/를', '을'],
    ['옵션 M', '이/가', '이'],
    ['옵션 A', '이/가', '가'],
    ['옵션 F', '은/는', '는'],
    ['선택지 3', '과/와', '과'],
    ['선택지 2', '과/와', '와'],
    ['1', '으로/로', '로'],
    ['3', '으로/로', '으로'],
    ['서울', '으로/로', '로'],
    ['집', '으로/로', '으로'],
    ['바다', '으로/로', '로'],
    ['10', '이/가', '이'],
    ['20', '은/는', '은'],
    ['"notes/a.md"', '을/를', '를'],
    ['note (B)', '이/가', '가'],
    ['Lambda', '은/는', '는'],
    ['EMR', '은/는', '은'],
    ['S3 API', '을/를', '를'],
    ['Kinesis Stream', '을/를', '을'],
    ['Glue Crawl', '으로/로', '로'],
    ['Amazon S3', '은/는', '는'],
    ['EC2', '을/를', '를'],
    ['p4d', '이/가', '가'],
    ['ml.m7', '으로/로', '으로'],
    ['S3 3', '이/가', '이'],
  ] as const)('%s + %s -> %s', (word, pair, expected) => {
    expect(particle(word, pair)).toBe(expected);
  });

  test('withParticle joins the word and its particle', () => {
    expect(withParticle('옵션 C', '과/와')).toBe('옵션 C와');
    expect(withParticle('답안', '이/가')).toBe('답안이');
  });
});

import { fill, particle } from './fill';

describe('particle', () => {
  test.each([
    ['Amazon Rekognition', '은/는', '은'], ['Amazon S3', '은/는', '는'], ['Amazon EMR', '으로/로', '로'],
    ['Amazon Rekognition', '으로/로', '으로'], ['AWS Glue', '을/를', '를'], ['예측', '과/와', '과'], ['분류', '이/가', '가'],
    ['Amazon EMR', '은/는', '은'], ['모델', '으로/로', '로'], ['AWS Control', '을/를', '을'], ['x', '에/의', ''],
  ])('%s takes %s -> %s', (word, pair, expected) => {
    expect(particle(word, pair)).toBe(expected);
  });
});

describe('fill', () => {
  test.each([
    ['{service:은/는} 빠르다', { service: 'Amazon Rekognition' }, 'Amazon Rekognition은 빠르다'],
    ['{service:을/를} 쓴다', { service: 'AWS Lambda' }, 'AWS Lambda를 쓴다'],
    ['{a} and {b}', { a: 'x', b: 'y' }, 'x and y'],
    ['{missing} stays', {}, '{missing} stays'],
  ])('%s', (frame, slots, expected) => {
    expect(fill(frame, slots)).toBe(expected);
  });
});

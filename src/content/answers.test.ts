import { answerSaysMore, leadingLetters, readAnswer } from './answers';

const options = ['A', 'B', 'C', 'D', 'E', 'F'].map((label, index) => ({
  label,
  text: ['Amazon Kinesis Data Firehose', 'Amazon EC2', 'AWS Glue', 'Amazon DynamoDB', 'AWS Lambda', 'Amazon S3'][index] ?? '',
}));

describe('readAnswer', () => {
  test.each([
    ['C) AWS Glue', ['C'], 'letter'],
    ['A, C) summary of both', ['A', 'C'], 'letter'],
    ['A) Amazon Kinesis Data Firehose, C) AWS Glue', ['A', 'C'], 'letter'],
    ['A) Firehose and D) DynamoDB', ['A', 'D'], 'letter'],
    ['C) Glue 변환과 D) DynamoDB 저장', ['C', 'D'], 'letter'],
    ['C, E, F', ['C', 'E', 'F'], 'letter'],
    ['D', ['D'], 'letter'],
    ['(B) Amazon EC2', ['B'], 'letter'],
    ['B.', ['B'], 'letter'],
    ['Option C', ['C'], 'letter'],
    ['옵션 B, D', ['B', 'D'], 'letter'],
    ['A/C', ['A', 'C'], 'letter'],
    ['E, A', ['A', 'E'], 'letter'],
    ['A C', ['A', 'C'], 'letter'],
    ['BD', ['B', 'D'], 'letter'],
    ['[C]', ['C'], 'letter'],
    ['b', ['B'], 'letter'],
    ['a, c', ['A', 'C'], 'letter'],
    ['c) AWS Glue', ['C'], 'letter'],
    ['a managed queue', [], 'none'],
    ['A · C', ['A', 'C'], 'letter'],
    ['B입니다.', ['B'], 'letter'],
    ['（D）', ['D'], 'letter'],
    ['AWS Lambda', ['E'], 'text'],
    ['Amazon DynamoDB', ['D'], 'text'],
    ['[정답 옵션]) [정답 서비스/솔루션]', [], 'none'],
    ['', [], 'none'],
  ])('%j names %j', (text, labels, by) => {
    expect(readAnswer(text, options)).toMatchObject({ labels, by });
  });

  test.each([
    ['C) AWS Glue', false],
    ['C) Glue', false],
    ['C', false],
    ['A, C) Firehose로 수집하고 Glue로 변환', true],
    ['C - 서버리스라서', true],
  ])('%j says more than the options: %s', (text, more) => {
    expect(answerSaysMore(readAnswer(text, options), options)).toBe(more);
  });

  test('a later label that is not an option is ignored rather than invented', () => {
    expect(readAnswer('A) text, Z) other', options).labels).toEqual(['A']);
  });
});

describe('leadingLetters', () => {
  test.each([
    ['Amazon S3', []],
    ['AUC', []],
    ['A번 설명', ['A']],
    ['C) text', ['C']],
    ['B 와 D', ['B', 'D']],
    ['E-commerce', []],
    ['A와 C', ['A', 'C']],
    ['B는 틀렸다', ['B']],
  ])('%j starts with %j', (text, letters) => {
    expect(leadingLetters(text).letters).toEqual(letters);
  });
});

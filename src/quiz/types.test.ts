import { quizItemsOf } from './types';
import { makeQuestion } from '../../test/test-questions';

describe('quizItemsOf', () => {
  test.each([
    ['# heading wins', 'KMS로 암호화된 S3', 'KMS로 암호화된 S3'],
    ['no heading: the title', null, 'kms-sagemaker-s3-encryption'],
  ])('%s', (_, heading, noteTitle) => {
    const questions = [makeQuestion('q1', ['a', 'b'], ['A']), makeQuestion('q2', ['a', 'b'], ['B'])];
    const note = { slug: 'kms', title: 'kms-sagemaker-s3-encryption', heading, tags: ['service/kms'], questions };
    expect(quizItemsOf(note)).toEqual(
      questions.map((question) => ({ noteSlug: 'kms', noteTitle, tags: ['service/kms'], question, reason: null })),
    );
  });
});

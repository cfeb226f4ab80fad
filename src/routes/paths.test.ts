import { paths } from './paths';

describe('paths', () => {
  test.each([
    [paths.home(), '/'],
    [paths.note('kms-sagemaker-s3-encryption'), '/notes/kms-sagemaker-s3-encryption'],
    [paths.note('a b'), '/notes/a%20b'],
    [paths.tag('service/kms'), '/tags/service/kms'],
    [paths.practice({ tag: 'service/*' }), '/practice?tag=service%2F*'],
    [paths.practice({ note: 'x' }), '/practice?note=x'],
    [paths.practice({ mode: 'due' }), '/practice?mode=due'],
    [paths.practice({ ids: ['q-1', 'q-2'] }), '/practice?ids=q-1%2Cq-2'],
    [paths.practice({ ids: ['q-1'], from: 'review' }), '/practice?ids=q-1&from=review'],
    [paths.examResults('e1'), '/exam/results/e1'],
  ])('%s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});

import { tidyEdgeLabel, tidyNodeLabel } from './tidy-label';

describe('tidyNodeLabel', () => {
  test.each([
    ['[S3 Bucket]', 'S3 Bucket'],
    ['[Layer 1: ReLU]', 'Layer 1: ReLU'],
    ['[0,0,0,1,0]', '[0,0,0,1,0]'],
    ['[직업: "학생", "회사원"]', '[직업: "학생", "회사원"]'],
    ['[A] [B]', '[A] [B]'],
    ['[A] tail', '[A] tail'],
    ['S3 Bucket (KMS 암호화)', 'S3 Bucket (KMS 암호화)'],
    ['[]', '[]'],
  ])('%s -> %s', (label, tidy) => {
    expect(tidyNodeLabel(label)).toBe(tidy);
  });
});

describe('tidyEdgeLabel', () => {
  test.each([
    ['(Full Load)', 'Full Load'],
    ['[데이터 수집 메트릭]', '데이터 수집 메트릭'],
    ['배포/설정 전송', '배포/설정 전송'],
    ['(a) and (b)', '(a) and (b)'],
    ['()', '()'],
  ])('%s -> %s', (label, tidy) => {
    expect(tidyEdgeLabel(label)).toBe(tidy);
  });
});

import { classifyHeading } from './heading-kind';

describe('classifyHeading', () => {
  test.each([
    ['📝 관련 문제', 'question'],
    ['관련문제', 'question'],
    ['연습 문제', 'question'],
    ['문제 2', 'question'],
    ['Question', 'question'],
    ['Questions', 'question'],
    ['Related Questions', 'question'],
    ['Practice Question 3', 'question'],
    ['📝 관련 문제 (2문제)', 'question'],
    ['Exam questions for review', 'question'],
    ['아키텍처 플로우', 'flow'],
    ['Architecture Flow', 'flow'],
    ['🔄 Flow', 'flow'],
    ['Data flow', 'flow'],
    ['📝 설명', 'explanation'],
    ['Explanation', 'explanation'],
    ['❌ 오답 설명', 'explanation'],
    ['🔍 주요개념', 'other'],
    ['문제 해결 전략', 'other'],
    ['Workflow automation', 'other'],
  ])('%j is %s', (text, kind) => {
    expect(classifyHeading(text)).toBe(kind);
  });
});

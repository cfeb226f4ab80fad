import { dropTableRules, inlineText, markdownText } from './markdown-text';

describe('markdownText', () => {
  test.each([
    ['# 제목\n\n본문 **강조** 텍스트', { headings: ['제목'], body: '본문 강조 텍스트' }],
    ['## 🎯 핵심 포인트\n\n- 첫째\n- 둘째', { headings: ['핵심 포인트'], body: '첫째 둘째' }],
    ['문단\n\n```\nA → B\n```\n\n끝', { headings: [], body: '문단 끝' }],
    ['| 열 | 값 |\n|---|---|\n| KMS | 키 |', { headings: [], body: '열 값 KMS 키' }],
    ['[링크](https://example.com) 와 `code`', { headings: [], body: '링크 와 code' }],
    ['', { headings: [], body: '' }],
  ])('%j', (markdown, expected) => {
    expect(markdownText(markdown)).toEqual(expected);
  });
});

describe('inlineText', () => {
  test.each([
    ['Use **AWS KMS** keys', 'Use AWS KMS keys'],
    ['A  line\nbreak', 'A line break'],
  ])('%j', (markdown, expected) => {
    expect(inlineText(markdown)).toBe(expected);
  });
});

describe('dropTableRules', () => {
  test.each([
    ['| a | b |\n|---|:---:|\n| SSE-S3 | 키 |', ' a b SSE-S3 키 '],
    ['SSE-S3 and k-means -- fine', 'SSE-S3 and k-means -- fine'],
  ])('%j', (text, expected) => {
    expect(dropTableRules(text)).toBe(expected);
  });
});

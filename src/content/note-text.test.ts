import { parseMarkdownTree } from './markdown-tree';
import { readNoteText } from './note-text';

const textOf = (markdown: string, questions: { first: number; last: number }[] = [], title?: number) =>
  readNoteText(parseMarkdownTree(markdown).children, questions, title);

describe('readNoteText', () => {
  test.each([
    ['# 제목\n\n본문 **강조** 텍스트', { headings: ['제목'], body: '본문 강조 텍스트', questions: '' }],
    ['## 🎯 핵심 포인트\n\n- 첫째\n- 둘째', { headings: ['핵심 포인트'], body: '첫째 둘째', questions: '' }],
    ['문단\n\n```\nA → B\n```\n\n끝', { headings: [], body: '문단 끝', questions: '' }],
    ['| 열 | 값 |\n|---|---|\n| KMS | 키 |', { headings: [], body: '열 값 KMS 키', questions: '' }],
    ['[링크](https://example.com) 와 `code`', { headings: [], body: '링크 와 code', questions: '' }],
    ['---\ntags: [kms]\n---\n\n본문', { headings: [], body: '본문', questions: '' }],
    ['', { headings: [], body: '', questions: '' }],
  ])('%j', (markdown, expected) => {
    expect(textOf(markdown)).toEqual(expected);
  });

  test('the title is left out, and question spans give the questions text without their headings', () => {
    // Children: 0 the H1, 1 a paragraph, 2 the question's heading, 3 its stem, 4 its options.
    const markdown = '# KMS\n\n키 정책.\n\n### 문제 1\n\n무엇을 쓰나?\n\n- A. KMS\n- B. S3';
    expect(textOf(markdown, [{ first: 2, last: 4 }], 0)).toEqual({ headings: [], body: '키 정책.', questions: '무엇을 쓰나? A. KMS B. S3' });
  });
});

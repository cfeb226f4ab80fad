import { parseMarkdownTree } from './markdown-tree.ts';
import { findReason, reasonKind } from './key-point.ts';
import { findSections } from './sections.ts';

function reasonOf(markdown: string) {
  const root = parseMarkdownTree(markdown);
  return findReason(root, findSections(root), markdown);
}

describe('reasonKind', () => {
  test.each([
    ['🎯 핵심 포인트', 'key-point'],
    ['핵심포인트', 'key-point'],
    ['🔑 핵심 학습 포인트', 'key-point'],
    ['Key points', 'key-point'],
    ['Key takeaway', 'key-point'],
    ['TL;DR', 'key-point'],
    ['📝 설명', 'explanation'],
    ['Explanation', 'explanation'],
    ['핵심 개념 비교', null],
    ['📝 관련 문제', null],
    ['Trade-offs 고려사항', null],
  ])('%s -> %s', (heading, kind) => {
    expect(reasonKind(heading)).toBe(kind);
  });
});

describe('findReason', () => {
  test('takes the key point over an earlier explanation, up to its first sub-heading, with line and anchor', () => {
    const reason = reasonOf('# T\n\n## 📝 설명\n\nLong essay.\n\n## 🎯 핵심 포인트\n\nUse **KMS** grants.\n\n### Detail\n\nmore\n');
    expect(reason).toEqual({ kind: 'key-point', heading: '🎯 핵심 포인트', anchor: '-핵심-포인트', markdown: 'Use **KMS** grants.', line: 7 });
  });

  test('falls back to the explanation section', () => {
    expect(reasonOf('# T\n\n## Explanation\n\nBecause.\n')).toMatchObject({ kind: 'explanation', markdown: 'Because.', anchor: 'explanation' });
  });

  test('never takes an explanation label inside a question section', () => {
    expect(reasonOf('# T\n\n## 관련 문제\n\n**Question:** x?\n\n- A) a\n- B) b\n\n**정답: A**\n\n### 설명\n\n- **B** - no\n')).toBeNull();
  });

  test.each([
    ['no such section', '# T\n\nText.\n'],
    ['an empty key point', '# T\n\n## 핵심 포인트\n\n## Next\n\nText.\n'],
  ])('%s gives null', (_, markdown) => {
    expect(reasonOf(markdown)).toBeNull();
  });

  test('an empty section gives way to the next; a repeated heading gets the suffixed anchor, as the note page spells it', () => {
    expect(reasonOf('# T\n\n## Key point\n\n### Key point\n\nx\n\n## Summary\n')?.anchor).toBe('key-point-1');
    expect(reasonOf('# T\n\n## Intro\n\n### Key point\n\n## Key point\n\nWhy.\n')?.anchor).toBe('key-point-1');
  });
});

import { parseNote } from './parse-note';

const markdown = `# Title

Intro paragraph.

## 아키텍처 플로우

\`\`\`
A → B
\`\`\`

## 관련 문제

Read carefully.

**Question:** Which is right?

**Options:**

- A) Left
- B) Right

**정답: B**

💡 추가 설명:

- **A번** - 왼쪽이다

A closing remark.

---

## 더 읽기

Links here.
`;

describe('note blocks', () => {
  const { note } = parseNote(markdown, 'n.md');
  const runs = note.blocks.flatMap((block) => (block.kind === 'markdown' ? [block.markdown] : []));

  test('come in reading order: text, flow, text, question, text', () => {
    expect(note.blocks.map((block) => block.kind)).toEqual(['markdown', 'flow', 'markdown', 'question', 'markdown']);
  });

  test('the Markdown runs never repeat what the question widget shows', () => {
    const all = runs.join('\n');
    for (const shown of ['Which is right?', 'A) Left', '정답', '왼쪽이다', 'A closing remark.', '추가 설명']) {
      expect(all).not.toContain(shown);
    }
  });

  test('the Markdown runs keep everything the widget does not carry', () => {
    expect(runs).toEqual([
      // The first H1 is the page title, drawn by the header, so it is left out of the body.
      'Intro paragraph.\n\n## 아키텍처 플로우',
      '## 관련 문제\n\nRead carefully.',
      '---\n\n## 더 읽기\n\nLinks here.',
    ]);
    expect(note.questions[0]?.notes).toEqual(['A closing remark.']);
  });
});

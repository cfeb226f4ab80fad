import { createLineIndex, parseMarkdownTree } from './markdown-tree';
import { readQuestion } from './read-question';

function read(markdown: string) {
  const root = parseMarkdownTree(markdown);
  const draft = readQuestion(root.children, { start: 0, end: root.children.length }, markdown, createLineIndex(markdown));
  return {
    stem: draft.stem,
    options: draft.options.map((option) => option.label),
    answer: draft.answer?.labels ?? null,
    notes: draft.explanations.notes,
    byLabel: Object.fromEntries(draft.explanations.byLabel),
    blocks: [draft.first, draft.last],
  };
}

// The grammar as a whole: which recogniser wins when several could take a block, and where a question ends.
test.each<[string, string, Record<string, unknown>]>([
  ['a labelled stem, options, answer line and bullets', '**Question:** Which?\n\n- A) EC2\n- B) S3\n\n**정답: B**\n\n- **A**: compute', {
    stem: 'Which?', options: ['A', 'B'], answer: ['B'], byLabel: { A: ['compute'] }, blocks: [0, 3],
  }],
  ['an answer under a bare title, then bullets', '**Question:** Which?\n\n- A) EC2\n- B) S3\n\n**정답**\n\nB\n\n- **A**: compute', {
    answer: ['B'], byLabel: { A: ['compute'] }, notes: [],
  }],
  ['answers listed under a bare title', '**Question:** Which two?\n\n- A) EC2\n- B) S3\n- C) EBS\n\n### 정답\n\n- B\n- C', {
    answer: ['B', 'C'], blocks: [0, 3],
  }],
  ['ticked options with no answer line', '**Question:** Which?\n\n- [ ] A) EC2\n- [x] B) S3', { answer: ['B'] }],
  ['an explanation label before the answer', 'Which?\n\nA) EC2\nB) S3\n\n💡 추가 설명:\n\nS3 stores objects.', {
    stem: 'Which?', answer: null, notes: ['S3 stores objects.'],
  }],
  ['a rule ends the question', '**Question:** Which?\n\nA) EC2\nB) S3\n\n---\n\nafter', { blocks: [0, 1] }],
  ['the next question label ends it', '**Question:** Which?\n\nA) EC2\nB) S3\n\n**Question:** Next?', { blocks: [0, 1] }],
  ['code before the options belongs to the stem', '**Question:** Output?\n\n```\nprint(1)\n```\n\nA) 1\nB) 2', {
    stem: 'Output?\n\n```\nprint(1)\n```', options: ['A', 'B'],
  }],
])('%s', (_name, markdown, expected) => {
  expect(read(markdown)).toMatchObject(expected);
});

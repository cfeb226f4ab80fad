import { recogniseFirst, type ReadSetup } from '../../test/question-read-case';
import { createLineIndex, parseMarkdownTree } from './markdown-tree';
import { endsQuestion, labelHeading } from './question-boundary';
import { startRead } from './question-read';

const OPTIONS = { stage: 'options', options: ['A', 'B'] } satisfies ReadSetup;
const EXPLAIN = { stage: 'explain', options: ['A', 'B'], answer: ['A'] } satisfies ReadSetup;

test.each<[string, ReadSetup, boolean]>([
  ['---', OPTIONS, true],
  ['## Next topic', EXPLAIN, true],
  ['### 정답', OPTIONS, false],
  ['### 정답: B', EXPLAIN, true],
  ['### Options', { stage: 'stem' }, false],
  ['### Options', EXPLAIN, true],
  ['### 해설', EXPLAIN, false],
  ['### 해설', OPTIONS, true],
  ['**Question 2:** Next?', OPTIONS, true],
  ['**Question 2:** Next?', { stage: 'stem' }, false],
  ['Plain text', EXPLAIN, false],
])('%j ends the question (%o): %s', (markdown, setup, ends) => {
  const read = recogniseFirst(() => null, markdown, setup).read;
  const node = parseMarkdownTree(markdown).children[0];
  expect(node).toBeDefined();
  if (node !== undefined) expect(endsQuestion(node, read)).toBe(ends);
});

test.each([
  ['### 해설', 'label heading'],
  ['Plain text', null],
])('labelHeading takes %j as %s', (markdown, kind) => {
  const node = parseMarkdownTree(markdown).children[0];
  if (node === undefined) throw new Error('no block');
  expect(labelHeading(node, startRead(markdown, createLineIndex(markdown)))).toBe(kind);
});

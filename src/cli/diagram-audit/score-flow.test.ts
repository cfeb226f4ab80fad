import { describe, expect, test } from 'vitest';
import { letterKey, scoreFlow, totalScores, type FlowLabel, type ReaderGraph } from './score-flow';

const label: FlowLabel = {
  file: 'a.md', line: 1, shape: 'chain', titles: [], annotations: [],
  nodes: ['[A] box', 'B', 'C'],
  edges: [['[A] box', 'B'], ['B', 'C']],
};
const graph = (parsed: boolean, edges: [string, string][], labels = ['A box', 'B', 'C']): ReaderGraph => ({
  parsed, titles: [], annotations: [],
  nodes: labels.map((label, i) => ({ id: `n${i + 1}`, label })),
  edges: edges.map(([from, to]) => ({ from, to })),
});

describe('scoreFlow', () => {
  test.each([
    ['a perfect reading', graph(true, [['n1', 'n2'], ['n2', 'n3']]), { nodesFound: 3, edgesFound: 2, edgesRead: 2, lettersKept: true }],
    ['a reversed edge', graph(true, [['n2', 'n1'], ['n2', 'n3']]), { nodesFound: 3, edgesFound: 1, edgesRead: 2, lettersKept: true }],
    ['two boxes read as one', graph(true, [['n1', 'n2']], ['A box', 'B C']), { nodesFound: 1, edgesFound: 0, edgesRead: 1, lettersKept: true }],
    ['a lost letter', graph(true, [['n1', 'n2']], ['A box', 'B']), { nodesFound: 2, edgesFound: 1, edgesRead: 1, lettersKept: false }],
    ['an unparsed block counts as empty', graph(false, [['n1', 'n2'], ['n2', 'n3']]), { nodesFound: 0, edgesFound: 0, edgesRead: 0, lettersKept: false }],
  ])('%s', (_name, read, expected) => {
    expect(scoreFlow('[A] box → B → C', label, read)).toMatchObject(expected);
  });

  test('a lone v under a wire is drawing, not a lost letter', () => {
    expect(scoreFlow('A\n|\nv\nB', { ...label, nodes: ['A', 'B'], edges: [['A', 'B']] }, graph(true, [['n1', 'n2']], ['A', 'B'])).lettersKept).toBe(true);
  });
});

describe('totalScores', () => {
  test('micro-averages nodes and edges over flows', () => {
    const a = scoreFlow('[A] box → B → C', label, graph(true, [['n1', 'n2'], ['n2', 'n3']]));
    const b = scoreFlow('[A] box → B → C', label, graph(true, [['n2', 'n1']]));
    expect(totalScores([a, b], 2)).toMatchObject({ nodeRecall: 1, edgePrecision: 2 / 3, edgeRecall: 2 / 4 });
  });
  test('keys ignore spacing, brackets and case', () => {
    expect(letterKey('[S3 Bucket] (원본)')).toBe('s3bucket원본');
  });
});

import stringWidth from 'string-width';
import { drawFlow, drawGrid, FLOW_SHAPES } from './flow';
import { createRandom } from './random';

const NODES = ['카드 거래 스트림', 'Kinesis Data Streams', '피처 계산 (Lambda)', 'SageMaker 엔드포인트', '결과 저장 (S3)'];

/** Display-column spans [start, end) of a line's cells: runs of text apart from arrows and 2+ spaces. */
function cellSpans(line: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let x = 0;
  let start: number | null = null;
  let spaces = 0;
  for (const char of line) {
    const gap = char === ' ' || char === '→' || char === '↓';
    if (gap) {
      spaces += 1;
      if (start !== null && (spaces >= 2 || char !== ' ')) {
        spans.push([start, x - spaces + 1]);
        start = null;
      }
    } else {
      if (start === null) start = x;
      spaces = 0;
    }
    x += stringWidth(char);
  }
  if (start !== null) spans.push([start, x]);
  return spans;
}

const insideCell = (line: string, column: number): boolean =>
  cellSpans(line).some(([start, end]) => column >= start && column < end);

describe('drawFlow', () => {
  test.each([
    ['chain', /^[^\n]+( → [^\n]+)+$/],
    ['vertical', /\n {8}↓\n/],
    ['grid', /→[\s\S]*\n *↓/],
    ['tree', /\n├── [\s\S]*\n└── /],
  ] as const)('draws a %s', (shape, pattern) => {
    expect(drawFlow(shape, NODES, createRandom(shape))).toMatch(pattern);
  });

  test('every shape names every node it was given (grids take the first four)', () => {
    for (const shape of FLOW_SHAPES) {
      const drawn = drawFlow(shape, NODES, createRandom('names'));
      const expected = shape === 'grid' ? NODES.slice(0, 4) : NODES;
      for (const node of expected) expect(drawn).toContain(node);
    }
  });
});

describe('drawGrid', () => {
  test.each(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])('every ↓ falls within a cell above and below it (seed %s)', (seed) => {
    const lines = drawGrid(NODES, createRandom(seed)).split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(3);
    lines.forEach((line, i) => {
      if (!line.includes('↓')) return;
      let x = 0;
      for (const char of line) {
        if (char === '↓') {
          expect(insideCell(lines[i - 1] ?? '', x)).toBe(true);
          expect(insideCell(lines[i + 1] ?? '', x)).toBe(true);
        }
        x += stringWidth(char);
      }
    });
  });

  test('cells of a column start at the same display column', () => {
    const lines = drawGrid(['가나다라마바사', 'B', 'C'], createRandom('columns')).split('\n');
    const cellRows = lines.filter((_, i) => i % 2 === 0);
    const secondStarts = cellRows.map((line) => {
      const cells = line.split(/ {2,}→? */).filter((cell) => cell !== '');
      return stringWidth(line.slice(0, line.indexOf(cells[1] ?? '\u0000')));
    });
    expect(new Set(secondStarts).size).toBe(1);
  });
});

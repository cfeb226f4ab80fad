/**
 * Flow diagrams in the shapes real notes draw: a one-line chain, a vertical chain, a grid of columns joined
 * by "↓" rows, and a box-drawing tree. Grids are padded by display width, so Hangul (two columns wide)
 * stays aligned in a monospace font.
 */
import stringWidth from 'string-width';
import type { Random } from './random';

/** The diagram shapes the generator draws. */
export type FlowShape = 'chain' | 'vertical' | 'grid' | 'tree';

/** All shapes, in a fixed order. */
export const FLOW_SHAPES: readonly FlowShape[] = ['chain', 'vertical', 'grid', 'tree'];

/** Details the generator adds under a node in grids and trees. */
const DETAILS: readonly string[] = [
  '데이터 수집', '스키마 검증', '피처 변환', '모델 학습', '배치 추론', '실시간 추론', '결과 저장', '지표 기록',
  'IAM Role', 'Parquet 변환', '파티션 정리', '알람 발송', 'raw events', 'model artifact', '검증 리포트',
];

/** Draws a flow of the given shape through the node labels (at least two). */
export function drawFlow(shape: FlowShape, nodes: readonly string[], random: Random): string {
  switch (shape) {
    case 'chain':
      return nodes.join(' → ');
    case 'vertical':
      return drawVertical(nodes);
    case 'grid':
      return drawGrid(nodes, random);
    case 'tree':
      return drawTree(nodes, random);
  }
}

function drawVertical(nodes: readonly string[]): string {
  return nodes.flatMap((node, i) => (i === 0 ? [node] : ['        ↓', node])).join('\n');
}

/** Lays cells out in columns of equal display width; "↓" sits inside every cell of its column. */
export function drawGrid(nodes: readonly string[], random: Random): string {
  const columns = nodes.slice(0, 4);
  const rowCount = random.int(2, 3);
  const rows: string[][] = [columns.map((node) => node)];
  for (let r = 1; r < rowCount; r += 1) rows.push(columns.map(() => random.pick(DETAILS)));
  const gap = 5;
  const widths = columns.map((_, c) => Math.max(...rows.map((row) => stringWidth(row[c] ?? ''))));
  const narrowest = columns.map((_, c) => Math.min(...rows.map((row) => stringWidth(row[c] ?? ''))));
  const starts: number[] = [];
  let x = 0;
  for (const width of widths) {
    starts.push(x);
    x += width + gap;
  }
  const lines: string[] = [];
  rows.forEach((row, r) => {
    if (r > 0) {
      let arrows = '';
      starts.forEach((start, c) => {
        arrows = padTo(arrows, start + Math.floor((narrowest[c] ?? 2) / 2)) + '↓';
      });
      lines.push(arrows);
    }
    // Only the first row reads left to right; lower rows are details of the node above them.
    const joiner = r === 0 ? '→' : ' ';
    let line = '';
    row.forEach((cell, c) => {
      line = padTo(line, starts[c] ?? 0) + cell;
      if (c < row.length - 1) line = padTo(line + ' ', (starts[c] ?? 0) + (widths[c] ?? 0) + 2) + joiner;
    });
    lines.push(line.trimEnd());
  });
  return lines.join('\n');
}

function drawTree(nodes: readonly string[], random: Random): string {
  const [root, ...children] = nodes;
  const lines = [root ?? ''];
  children.forEach((child, i) => {
    const last = i === children.length - 1;
    lines.push(`${last ? '└──' : '├──'} ${child}`);
    const details = random.sample(DETAILS, random.int(0, 3));
    details.forEach((detail, j) => {
      const lastDetail = j === details.length - 1;
      lines.push(`${last ? '    ' : '│   '}${lastDetail ? '└──' : '├──'} ${detail}`);
    });
  });
  return lines.join('\n');
}

function padTo(text: string, column: number): string {
  const width = stringWidth(text);
  return width >= column ? text : text + ' '.repeat(column - width);
}

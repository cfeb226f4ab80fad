import { layoutDiagram, wrapLabel } from './flow-layout';
import { parseDiagram } from './parse-diagram';
import { SEED_FLOW } from '../../test/seed-flow.fixture';

const seed = parseDiagram(SEED_FLOW);

describe('wrapLabel', () => {
  test.each([
    ['short', 'S3 Bucket', ['S3 Bucket']],
    ['at spaces', 'Model Training Job With Many Words Here', ['Model Training Job With', 'Many Words Here']],
    ['Hangul counts two columns', '데이터 업로드 암호화 저장 권한', ['데이터 업로드 암호화', '저장 권한']],
    ['a word longer than a line is cut', 'x'.repeat(30), ['x'.repeat(24), 'x'.repeat(6)]],
    ['a Hangul word longer than a line is cut at whole syllables', '가'.repeat(15), ['가'.repeat(12), '가'.repeat(3)]],
    ['a long word after a short one starts its own line', `S3 ${'y'.repeat(26)}`, ['S3', 'y'.repeat(24), 'yy']],
    ['empty', '', ['']],
  ])('%s', (_name, label, lines) => {
    expect(wrapLabel(label)).toEqual(lines);
  });
});

describe('layoutDiagram', () => {
  const layout = layoutDiagram(seed);
  const box = (label: string) => {
    const id = seed.nodes.find((n) => n.label === label)?.id;
    return layout.boxes.find((b) => b.id === id);
  };

  test('keeps the author grid: three rows, columns left to right', () => {
    const ys = [...new Set(layout.boxes.map((b) => b.y))];
    expect(ys).toHaveLength(3);
    expect(box('ML Specialist')!.x).toBeLessThan(box('S3 Bucket (KMS 암호화)')!.x);
    expect(box('S3 Bucket (KMS 암호화)')!.x).toBeLessThan(box('SageMaker Notebook')!.x);
    expect(box('ML Specialist')!.y).toBeLessThan(box('데이터 업로드')!.y);
  });

  test('no two boxes of a row overlap', () => {
    for (const a of layout.boxes) {
      for (const b of layout.boxes) {
        if (a === b || a.y !== b.y) continue;
        expect(a.x + a.width <= b.x || b.x + b.width <= a.x).toBe(true);
      }
    }
  });

  test('draws one path per edge, inside the drawing', () => {
    expect(layout.edges).toHaveLength(seed.edges.length);
    for (const e of layout.edges) {
      const numbers = e.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (const n of numbers) expect(n).toBeGreaterThanOrEqual(0);
      expect(e.labelX).toBeLessThanOrEqual(layout.width);
    }
    expect(layout.boxes.every((b) => b.x + b.width <= layout.width && b.y + b.height <= layout.height)).toBe(true);
  });

  test('titles get their own rows, above the chains they name', () => {
    const titled = parseDiagram(['기존 File 모드:', 'S3 → EBS', '', 'Pipe 모드:', 'S3 → 훈련'].join('\n'));
    const { titles, boxes } = layoutDiagram(titled);
    expect(titles.map((t) => t.text)).toEqual(['기존 File 모드:', 'Pipe 모드:']);
    const [first, second] = titles;
    expect(first!.y).toBeLessThan(boxes[0]!.y + boxes[0]!.height);
    expect(second!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.height);
    expect(second!.y).toBeLessThan(boxes[2]!.y + boxes[2]!.height);
  });

  test('an empty diagram lays out to an empty drawing', () => {
    const empty = layoutDiagram(parseDiagram(''));
    expect(empty.boxes).toEqual([]);
    expect(empty.edges).toEqual([]);
  });
});

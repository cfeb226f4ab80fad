import { drawsFlow } from './draws-flow';
import { parseDiagram } from './parse-diagram';

// Arrows a few in a row, one blank apart, draw a trend (a curve), not links between words.
test.each([
  { name: 'a trend of emoji arrows on each line', flow: false, block: ['CPU: ↗️ ↗️ ↘️ (급등 후 안정)', 'Memory: → → → (변화 없음)'] },
  { name: 'a trend then a plain arrow in the same run', flow: false, block: ['오류율 ↘ ↘ ↘ → (수렴)'] },
  { name: 'a two-way arrow written as two heads stays a link', flow: true, block: ['Client ← → Server'] },
  { name: 'an emoji arrow between words stays a link', flow: true, block: ['업로드 ▶️ 변환 ▶️ 저장'] },
  { name: 'a row of down arrows under boxes stays drawing', flow: true, block: ['A → B → C', '↓   ↓   ↓', 'x   y   z'] },
])('$name', ({ block, flow }) => {
  expect(drawsFlow(block.join('\n'))).toBe(flow);
});

test('a trend inside a flow is part of its box\'s text', () => {
  const d = parseDiagram('지연 ↘ ↘ ↘ 개선 → 배포');
  expect(d.nodes.map((n) => n.label)).toEqual(['지연 ↘ ↘ ↘ 개선', '배포']);
});

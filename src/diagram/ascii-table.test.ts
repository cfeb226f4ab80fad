import { drawsTable } from './ascii-table';

// Tables are text in a grid of rows and columns (an arrow beside a row may note it); flows are words
// joined by arrows, and notes hanging under a row of arrows belong to that row's boxes.
test.each([
  { name: 'a confusion matrix with a note arrow beside a row', table: true, block: ['          실제', '          양성  음성', '예측 양성 [A]   [B]  ← 정밀도', '     음성 [C]   [D]', '          ↑', '        재현율'] },
  { name: 'a grid ruled with box glyphs', table: true, block: ['┌──────┬──────┐', '│ 항목  │ 값    │', '├──────┼──────┤', '│ 비용  │ 낮음   │', '│ 속도  │ 빠름   │', '└──────┴──────┘'] },
  { name: 'a ruled table with a note arrow beside a row', table: true, block: ['┌─────┬─────┐', '│ 키  │ 값  │', '├─────┼─────┤', '│ TTL │ 60  │ ← 기본값', '│ 크기 │ 1GB │', '└─────┴─────┘'] },
  { name: 'a ruled table drawn as one step of a flow', table: false, block: ['요청 → 요금 계산', '    ↓', '┌──────┬──────┐', '│ 등급  │ 단가  │', '├──────┼──────┤', '│ 기본  │ 10   │', '│ 할인  │ 8    │', '└──────┴──────┘', '    ↓', '청구서 발행'] },
  { name: 'a pipe table', table: true, block: ['| 모드 | 시작 | 디스크 |', '|------|------|--------|', '| File | 느림 | 큼 |', '| Pipe | 빠름 | 작음 |'] },
  { name: 'stacked rows of arrows', table: false, block: ['Tier 1 (Hot)     → A, B', 'Tier 2 (Warm)    → C', 'Tier 3 (Cold)    → D'] },
  { name: 'notes hanging under a row of arrows', table: false, block: ['A → B → C', '↓    ↓    ↓', '- a1    - b1    - c1', '- a2    - b2    - c2', '- a3    - b3    - c3'] },
  { name: 'a bullet list under a step', table: false, block: ['원본', '  ↓', '증강 처리', '- 회전 (90°, 180°)', '- 좌우 반전', '- 상하 반전', '  ↓', '학습'] },
  { name: 'a tree with aligned notes', table: false, block: ['Root', '├── A    설명 하나', '├── B    설명 둘', '└── C    설명 셋'] },
])('$name', ({ block, table }) => {
  expect(drawsTable(block.join('\n'))).toBe(table);
});

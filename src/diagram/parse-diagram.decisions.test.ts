import { testShapes, type Shape } from '../../test/shape-cases';

// Decisions and paths that meet again: answers on arrows, branches that rejoin, a table as one step.
const shapes: Shape[] = [
  {
    name: 'answers on a tree\'s branches label the edges from the question',
    block: ['재고 충분?', '  ├─ YES → 즉시 출고', '  └─ NO  → 입고 대기'],
    nodes: ['재고 충분?', '즉시 출고', '입고 대기'],
    edges: ['재고 충분? -> 입고 대기 [NO]', '재고 충분? -> 즉시 출고 [YES]'],
  },
  {
    name: 'a question row with one answer beside it and the other under it, then on from that answer\'s box',
    block: ['토큰 유효? → 예 → 요청 처리', '    ↓', '    아니오 → 재인증 요구', '    ↓', '감사 로그 기록'],
    nodes: ['토큰 유효?', '요청 처리', '재인증 요구', '감사 로그 기록'],
    edges: ['재인증 요구 -> 감사 로그 기록', '토큰 유효? -> 요청 처리 [예]', '토큰 유효? -> 재인증 요구 [아니오]'],
  },
  {
    name: 'check and cross marks with a word label their branches',
    block: ['Health check', '├─ ✓ healthy → keep target', '└─ ✗ failing → drain target'],
    nodes: ['Health check', 'keep target', 'drain target'],
    edges: ['Health check -> drain target [✗ failing]', 'Health check -> keep target [✓ healthy]'],
  },
  {
    name: 'a word that only looks like an answer but has no arrow out stays a box',
    block: ['Approve → No'],
    nodes: ['Approve', 'No'],
    edges: ['Approve -> No'],
  },
  {
    name: 'a bracket of chains under a box, and an arrow at its indent: each path ends in the box below',
    block: ['Source', '   ↓', '┌─ fast path → cache hit', '│', '└─ slow path → db read ──→ cache fill', '   ↓', 'Respond'],
    nodes: ['Source', 'fast path', 'cache hit', 'slow path', 'db read', 'cache fill', 'Respond'],
    edges: ['Source -> fast path', 'Source -> slow path', 'cache fill -> Respond', 'cache hit -> Respond', 'db read -> cache fill', 'fast path -> cache hit', 'slow path -> db read'],
  },
  {
    name: 'a fan of leading arrows, then an arrow in the fan\'s column: every fanned path meets below',
    block: ['업로드 → 바이러스 검사', '       → 형식 변환 → 미리보기', '       ↓', '  게시 완료'],
    nodes: ['업로드', '바이러스 검사', '형식 변환', '미리보기', '게시 완료'],
    edges: ['미리보기 -> 게시 완료', '바이러스 검사 -> 게시 완료', '업로드 -> 바이러스 검사', '업로드 -> 형식 변환', '형식 변환 -> 미리보기'],
  },
  {
    name: 'an arrow under a branch\'s first box goes on from that branch\'s last box',
    block: ['Router', '  ├── hot → Redis', '  └── cold → S3 Glacier', '         ↓', 'Restore job'],
    nodes: ['Router', 'hot', 'Redis', 'cold', 'S3 Glacier', 'Restore job'],
    edges: ['Router -> cold', 'Router -> hot', 'S3 Glacier -> Restore job', 'cold -> S3 Glacier', 'hot -> Redis'],
  },
  {
    name: 'a ruled table drawn inside a flow is one step, read row by row',
    block: ['Ingest → Score', '           ↓', '   ┌────────┬──────┐', '   │ metric │ goal │', '   ├────────┼──────┤', '   │ p99    │ 40ms │', '   │ errors │ 0.1% │', '   └────────┴──────┘', '           ↓', '     Publish'],
    nodes: ['Ingest', 'Score', 'metric goal p99 40ms errors 0.1%', 'Publish'],
    edges: ['Ingest -> Score', 'Score -> metric goal p99 40ms errors 0.1%', 'metric goal p99 40ms errors 0.1% -> Publish'],
  },
];

testShapes('parseDiagram: decisions and paths that rejoin', shapes);

import { readRoot, VAULT_ROOTS, type VaultRoot } from '../../test/vault-roots';
import { relabelHtml, relabelText } from './relabel-text';

const swap = { A: 'C', B: 'A', C: 'B', D: 'D', E: 'F', F: 'E' };

describe('relabelText rewrites letters that name an option', () => {
  test.each([
    ['**A번** - 보안 그룹은 무관', '**C번** - 보안 그룹은 무관'],
    ['**Option B** - VPC', '**Option A** - VPC'],
    ['Options A and C are wrong', 'Options C and B are wrong'],
    ['**옵션 A (로컬 미니마 함정)** - 딥러닝', '**옵션 C (로컬 미니마 함정)** - 딥러닝'],
    ['**옵션 B, D (Factorization Machine)**', '**옵션 A, D (Factorization Machine)**'],
    ['선택지 C는 틀림', '선택지 B는 틀림'],
    ['**Feature Store (B)** - 피처 저장', '**Feature Store (A)** - 피처 저장'],
    ['**A) 컬럼 제거** - 나이는', '**C) 컬럼 제거** - 나이는'],
    ['**정답: C, E) max_jobs**', '**정답: B, F) max_jobs**'],
    ['**정답 D** - `__label__` 접두사', '**정답 D** - `__label__` 접두사'],
    ['정답 A', '정답 C'],
    ['A와 B번 모두 틀림', 'C와 A번 모두 틀림'],
    ['Shuffle the data, C) Shuffle the input', 'Shuffle the data, B) Shuffle the input'],
    ['B번과 A번을 비교', 'A번과 C번을 비교'],
    // Forms the parser read as labels but the relabeller once missed (issue 15).
    ['[B] 중단될 수 있어', '[A] 중단될 수 있어'],
    ['**A**는 요청마다 과금', '**C**는 요청마다 과금'],
    ['C가 틀린 이유', 'B가 틀린 이유'],
    ['**Why not E?**', '**Why not F?**'],
    // A range names every option in it; shuffled, it becomes the new letters, a range only when they touch.
    ['**옵션 B~D** - 적재가 먼저', '**옵션 A, B, D** - 적재가 먼저'],
    ['**옵션 E~F** - 둘 다 느리다', '**옵션 E~F** - 둘 다 느리다'],
  ])('%s → %s', (text, expected) => {
    expect(relabelText(text, swap)).toBe(expected);
  });
});

describe('relabelText leaves everything else alone', () => {
  test.each([
    'A/B 테스트로 두 모델을 비교',
    'Plan A is cheaper',
    'A Machine Learning Specialist uploads a dataset',
    '편향성 (DAR, DI, TE, DPPL)',
    'SSE-C) 암호화',
    'Amazon S3 bucket (Standard-IA)',
    'Option Alpha and Answers',
    '하이퍼파라미터 조합 A, B, C 테스트',
    'Option G is not an option here',
    'Plan A는 더 싸다',
  ])('%s', (text) => {
    expect(relabelText(text, swap)).toBe(text);
  });
});

// Per vault, how many explanation bullets open with an option reference at least (the Obsidian fixture has
// none: it is there for the round trip over its syntax).
const MIN_REFERENCE_BULLETS: Record<VaultRoot['id'], number> = { sample: 100, seed: 30, hostile: 20, obsidian: 0 };

describe.each(VAULT_ROOTS)('relabelText on $name', async (root) => {
  const files = await readRoot(root);
  const lines = files.flatMap((file) => file.markdown.split('\n'));
  const pairSwap = { A: 'B', B: 'A', C: 'D', D: 'C', E: 'F', F: 'E' };

  test.skipIf(!root.present)('finds the vault', () => {
    expect(files.length).toBeGreaterThan(root.id === 'sample' ? 200 : 0);
  });

  test.skipIf(!root.present)('swapping letters twice gives every line back (no reference is half rewritten)', () => {
    const broken = lines.filter((line) => relabelText(relabelText(line, pairSwap), pairSwap) !== line);
    expect(broken).toEqual([]);
  });

  test.skipIf(!root.present)('rewrites the option references of explanation bullets', () => {
    // A letter starts a reference only as a word of its own: "옵션 ALL" names no option.
    const bullets = lines.filter((line) => /^- \*\*(Option [A-D]|옵션 [A-D]|[A-D]번)(?![A-Za-z])/.test(line));
    expect(bullets.length).toBeGreaterThanOrEqual(MIN_REFERENCE_BULLETS[root.id]);
    const unchanged = bullets.filter((line) => relabelText(line, pairSwap) === line);
    expect(unchanged).toEqual([]);
  });
});

describe('relabelHtml', () => {
  test.each([
    ['text between tags', '<p>Option A beats (B).</p>', '<p>Option B beats (A).</p>'],
    ['never markup', '<span class="A)">(A)</span>', '<span class="A)">(B)</span>'],
  ])('%s', (_, html, expected) => {
    expect(relabelHtml(html, { A: 'B', B: 'A' })).toBe(expected);
  });
});

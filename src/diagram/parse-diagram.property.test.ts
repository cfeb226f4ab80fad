import fc from 'fast-check';
import { parseDiagram } from './parse-diagram';
import type { Diagram } from './types';
import { countWordChars, keptTexts, missingWordChars } from './word-chars';

// Letters and digits of the source that are in no node label, edge label or title.
function lost(d: Diagram): string {
  const kept = keptTexts(d);
  return missingWordChars(countWordChars([d.source]), countWordChars(kept));
}

const word = fc.oneof(
  fc.constantFrom('S3', 'Lambda', 'SageMaker', 'KMS', 'IAM', 'Role', 'Glue', 'ETL', 'Athena', 'x5', '2024'),
  fc.constantFrom('데이터', '업로드', '암호화', '저장', '모델', '학습', '배포', '권한', '정책'),
);
const label = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('', ' (KMS 암호화)', ' [A]', ':'))
  .map(([words, tail]) => words.join(' ') + tail);
const sideArrow = fc.constantFrom(' → ', ' ← ', ' -> ', ' <- ', ' => ', ' ↔ ', ' --라벨--> ', ' ── ', '   ');
const row = fc.tuple(label, fc.array(fc.tuple(sideArrow, label), { maxLength: 3 }), fc.nat({ max: 6 }))
  .map(([first, rest, indent]) => ' '.repeat(indent) + first + rest.map(([a, l]) => a + l).join(''));
const between = fc.tuple(fc.constantFrom('↓', '↑', '▼', '|', '↓ (label 1)', '├──', '└─ 가지'), fc.nat({ max: 12 }))
  .map(([arrow, indent]) => ' '.repeat(indent) + arrow);
const block = fc.array(fc.tuple(row, fc.option(between)), { minLength: 1, maxLength: 8 })
  .map((rows) => rows.flatMap(([r, b]) => (b === null ? [r] : [r, b])).join('\n'));

// Anything a note could hold, 'v' aside (a lone "v" under "|" is an arrow, not text).
const noise = fc.string({
  unit: fc.constantFrom(...'ab가나1 ()[]:-><=|─│┌┐└┘├┤┬┴┼→←↓↑↔▼▲↙↘\n\t'.split('')),
  maxLength: 300,
});

describe('parseDiagram: properties', () => {
  test('never throws, and a parsed diagram keeps every letter and digit of random flow blocks', () => {
    fc.assert(
      fc.property(block, (source) => {
        const d = parseDiagram(source);
        expect(d.source).toBe(source);
        if (d.parsed) expect(lost(d)).toBe('');
      }),
      { numRuns: 400 },
    );
  });

  test('never throws on noise, and never claims a reading that loses text', () => {
    fc.assert(
      fc.property(noise, (source) => {
        const d = parseDiagram(source);
        if (d.parsed) expect(lost(d)).toBe('');
        else expect(d.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  test('reads a fair share of generated chains (the generator is not all noise)', () => {
    const samples = fc.sample(block, { numRuns: 200, seed: 42 });
    const parsed = samples.filter((s) => parseDiagram(s).parsed).length;
    expect(parsed).toBeGreaterThan(40);
  });
});

describe('parseDiagram: size', () => {
  test('reads a 1 MB vertical chain', { timeout: 60_000 }, () => {
    const steps: string[] = [];
    let size = 0;
    for (let i = 0; size < 1_000_000; i++) {
      const line = `단계 ${i} SageMaker 처리\n    ↓\n`;
      steps.push(line);
      size += line.length;
    }
    const source = steps.join('') + '끝';
    const d = parseDiagram(source);
    expect(d.parsed).toBe(true);
    expect(d.nodes).toHaveLength(steps.length + 1);
    expect(d.edges).toHaveLength(steps.length);
  });

  test('gives up, without throwing, on a 1 MB line of noise', { timeout: 60_000 }, () => {
    const source = '┌─┬→ A ←|v▼ 가 ['.repeat(70_000);
    const d = parseDiagram(source);
    expect(d.source).toBe(source);
    expect(d.parsed).toBe(false);
    expect(d.problems).toEqual(['a line too long to be a drawing']);
    expect(d.nodes).toEqual([]);
  });
});

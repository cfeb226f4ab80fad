import { diagnostic } from './diagnostic';
import { compactDiagnostics, groupDiagnostics } from './group-diagnostics';
import type { Diagnostic } from './types';

const repeat = (line: number, label: string) => diagnostic('error', line, 'option-repeated', { label });

describe('groupDiagnostics', () => {
  test.each<[string, Diagnostic[], [string, number[]][]]>([
    ['nothing', [], []],
    ['different problems stay apart, in order', [repeat(4, 'A'), diagnostic('warning', 2, 'wrong-option-unexplained', { label: 'A' })],
      [['Option A appears more than once; the first one is kept', [4]], ['Wrong option A has no explanation', [2]]]],
    ['the same problem on many lines is one group with every line', [repeat(7, 'A'), repeat(8, 'B'), repeat(13, 'A')],
      [['Option A appears more than once; the first one is kept', [7, 13]], ['Option B appears more than once; the first one is kept', [8]]]],
    ['a warning and an error of the same words stay apart', [repeat(3, 'A'), { ...repeat(5, 'A'), severity: 'warning' }],
      [['Option A appears more than once; the first one is kept', [3]], ['Option A appears more than once; the first one is kept', [5]]]],
  ])('%s', (_, diagnostics, expected) => {
    expect(groupDiagnostics(diagnostics).map((group) => [group.diagnostic.message, group.lines])).toEqual(expected);
  });

  test('a thousand repeats of six letters make six groups holding every line once', () => {
    const many = Array.from({ length: 994 }, (_, i) => repeat(100 + i, 'ABCDEF'[i % 6] ?? 'A'));
    const groups = groupDiagnostics(many);
    expect(groups).toHaveLength(6);
    expect(groups.flatMap((group) => group.lines).sort((a, b) => a - b)).toEqual(many.map((d) => d.line));
  });
});

describe('compactDiagnostics', () => {
  const many = Array.from({ length: 994 }, (_, i) => repeat(100 + i, 'ABCDEF'[i % 6] ?? 'A'));

  test.each<[string, Diagnostic[]]>([
    ['nothing', []],
    ['problems each said once', [repeat(4, 'A'), diagnostic('warning', 2, 'wrong-option-unexplained', { label: 'A' })]],
    ['the same problem on many lines', [repeat(7, 'A'), repeat(8, 'B'), repeat(13, 'A')]],
    ['a thousand repeats of six letters', many],
  ])('%s: grouped, the compact problems read as the problems themselves', (_, diagnostics) => {
    // What the panel shows of a group: its problem's words and severity, and its lines.
    const shown = (from: Diagnostic[]) => groupDiagnostics(from).map(({ diagnostic: d, lines }) => [d.severity, d.code, d.args, d.line, lines]);
    expect(shown(compactDiagnostics(diagnostics))).toEqual(shown(diagnostics));
  });

  test('a problem said on many lines is carried once, with its lines', () => {
    const compact = compactDiagnostics(many);
    expect(compact).toHaveLength(6);
    expect(compact[0]).toMatchObject({ line: 100, lines: many.filter((d) => d.args.label === 'A').map((d) => d.line) });
  });
});

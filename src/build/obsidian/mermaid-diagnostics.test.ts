import { mermaidDiagnostics } from './mermaid-diagnostics.ts';

describe('mermaidDiagnostics', () => {
  test('warns at the opening fence of each block the build cannot draw, and of no other', () => {
    const note = [
      '---', 'tags: [a]', '---', '# Plan', '',
      '```mermaid', 'gantt', '  title Plan', '```', '',
      '```mermaid', 'pie', '  "A" : 1', '```', '',
      '> [!note]', '> ```mermaid', '> pie', '>   broken', '> ```', '',
      '```python', 'pie = 1', '```',
    ].join('\n');
    expect(mermaidDiagnostics(note).map(({ line, code, args }) => ({ line, code, kind: args.kind }))).toEqual([
      { line: 6, code: 'mermaid-kind-undrawn', kind: 'gantt' },
      { line: 17, code: 'mermaid-undrawn', kind: 'pie' },
    ]);
  });

  test('says nothing about a note whose diagrams are all drawn', () => {
    expect(mermaidDiagnostics('```mermaid\nflowchart LR\n  A --> B\n```\n')).toEqual([]);
  });
});

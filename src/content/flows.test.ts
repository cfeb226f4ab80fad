import { parseNote } from './parse-note';
import { readDiagrams } from './note-diagrams';

const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body}\n\`\`\``;

describe('findFlows: where flows are found', () => {
  test.each([
    ['under the flow heading', `## 아키텍처 플로우\n\n${fence('', 'A → B')}\n`, 1],
    ['under a topic heading', `## Glue 크롤러\n\n${fence('', 'S3\n  ↓\nGlue')}\n`, 1],
    ['in a note with no headings', fence('', '[Client] --> [API]'), 1],
    ['a tree of branches', fence('', 'VPC\n├── Subnet A\n└── Subnet B'), 1],
    ['a block that names a language, under a flow heading', `## 아키텍처 플로우\n\n${fence('python', 'a = b -> c')}\n`, 0],
    ['a mermaid block ("워크플로우" heading)', `## 워크플로우\n\n${fence('mermaid', 'graph LR\n  A --> B')}\n`, 0],
    ['a formula without arrows', fence('', 'F1 = 2 × (P × R) / (P + R)'), 0],
    ['a table drawn in ASCII', fence('', '┌────┬────┐\n│ TP │ FP │\n├────┼────┤\n│ FN │ TN │\n└────┴────┘'), 0],
  ])('%s', (_name, markdown, count) => {
    expect(parseNote(markdown, 'n.md').note.flows).toHaveLength(count);
  });

  test('keeps the line of the opening fence', () => {
    const { note } = parseNote(`# T\n\ntext\n\n${fence('', 'A → B')}\n`, 'n.md');
    expect(note.flows).toEqual([{ source: 'A → B', line: 5 }]);
  });
});

describe('readDiagrams', () => {
  test('a block the reader gives up on is a warning at a line inside the block', () => {
    const { diagrams, diagnostics } = readDiagrams([{ source: 'A →', line: 7 }, { source: 'A → B', line: 12 }]);
    expect(diagrams.map((d) => d.parsed)).toEqual([false, true]);
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 8, code: 'diagram-unread', message: expect.stringContaining('Flow diagram not drawn') })]);
  });
});

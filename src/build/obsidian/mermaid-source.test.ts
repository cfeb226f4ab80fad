import { readMermaidSource } from './mermaid-source.ts';

describe('readMermaidSource', () => {
  test.each([
    ['a plain header', 'flowchart LR\n  A --> B', { kind: 'flowchart', text: 'flowchart LR\n  A --> B', title: null }],
    ['config comments and blank lines before the header', '\n%%{init: {}}%%\nsequenceDiagram\n  A->>B: x', { kind: 'sequencediagram', text: 'sequenceDiagram\n  A->>B: x', title: null }],
    ['frontmatter with a quoted title', '---\ntitle: "흐름"\nconfig: {}\n---\ngraph\n  A --> B', { kind: 'graph', text: 'graph TD\n  A --> B', title: '흐름' }],
    ['a header ending in a semicolon', 'graph LR;A-->B', { kind: 'graph', text: 'graph LR;A-->B', title: null }],
    ['nothing', '  \n', { kind: '', text: '', title: null }],
  ])('reads %s', (_name, source, expected) => {
    expect(readMermaidSource(source)).toEqual(expected);
  });
});

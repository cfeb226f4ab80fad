import { toHtml } from 'hast-util-to-html';
import { drawMermaid } from './mermaid-svg.ts';

describe('drawMermaid', () => {
  test.each([
    ['a flowchart', 'graph LR\n  Client --> Gateway --> Service', ['Client', 'Gateway', 'Service']],
    ['a sequence diagram in Korean', 'sequenceDiagram\n  학생->>서버: 답안 제출', ['학생', '서버', '답안 제출']],
    ['a state diagram', 'stateDiagram-v2\n  [*] --> Draft\n  Draft --> Done', ['Draft', 'Done']],
    ['a flowchart after a config comment', '%%{init: {"theme": "dark"}}%%\nsequenceDiagram\n  A->>B: go', ['A', 'B', 'go']],
    ['a flowchart with frontmatter and no direction', '---\ntitle: Paths\n---\ngraph\n  In --> Out', ['In', 'Out']],
    ['a pie chart', 'pie title Pets\n  "Dogs" : 3\n  "Cats" : 1', ['Pets', 'Dogs 75%', 'Cats 25%']],
    ['an xychart', 'xychart-beta\n  x-axis [jan, feb]\n  bar [1, 2]', ['jan', 'feb']],
  ])('draws %s as SVG with no style, labelled by its texts', (_name, source, labels) => {
    const result = drawMermaid(source);
    if (!result.ok) throw new Error(result.reason);
    const html = toHtml(result.svg);
    expect(html).toMatch(/^<svg /);
    expect(html).not.toMatch(/<style|\sstyle=|@import|https:|xychart-grid/);
    for (const label of labels) expect(String(result.svg.properties.ariaLabel)).toContain(label);
    expect(result.svg.properties.role).toBe('img');
  });

  test('prefixes ids and the references to them by the source, so two diagrams on a page keep their own markers', () => {
    const [one, two] = ['graph LR\n  A --> B', 'graph LR\n  C --> D'].map((source) => drawMermaid(source));
    if (!one?.ok || !two?.ok) throw new Error('not drawn');
    const id = (svg: typeof one.svg) => /id="(m[0-9a-f]{8}-)arrowhead"/.exec(toHtml(svg))?.[1];
    expect(id(one.svg)).toBeDefined();
    expect(id(one.svg)).not.toBe(id(two.svg));
    expect(toHtml(one.svg)).toContain(`url(#${id(one.svg)}arrowhead)`);
    expect(toHtml(one.svg)).not.toMatch(/id="arrowhead"|url\(#arrowhead\)/);
  });

  test('hands each caller its own copy of a drawing', () => {
    const first = drawMermaid('graph LR\n  A --> B');
    const second = drawMermaid('graph LR\n  A --> B');
    if (!first.ok || !second.ok) throw new Error('not drawn');
    expect(second.svg).toEqual(first.svg);
    expect(second.svg).not.toBe(first.svg);
  });

  test('keeps the frontmatter title for a caption', () => {
    const result = drawMermaid('---\ntitle: "Read path"\n---\nflowchart LR\n  A --> B');
    expect(result.ok && result.title).toBe('Read path');
  });

  test.each([
    ['markup in a label', 'graph TD\n  A["<img src=x onerror=alert(1)>"] --> B'],
    ['a script in a message', 'sequenceDiagram\n  A->>B: <script>alert(1)</script>'],
  ])('keeps %s as text', (_name, source) => {
    const result = drawMermaid(source);
    if (!result.ok) throw new Error(result.reason);
    const html = toHtml(result.svg);
    // Quoted attribute values (the accessible name repeats the label) are text too.
    expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<img|<script|<[^>]*\sonerror=/);
    expect(html).toMatch(/&#x3C;(img|script)/);
  });

  test.each([
    ['a kind no drawer knows', 'gantt\n  title Plan', { kind: 'gantt', supported: false }],
    ['no diagram at all', 'not mermaid', { kind: 'not', supported: false }],
    ['an empty block', '\n', { kind: 'empty', supported: false }],
    ['a pie with a line that is no slice', 'pie\n  "Dogs" : 3\n  Cats 4', { kind: 'pie', supported: true }],
    ['a flowchart the drawer refuses', 'flowchart XY\n  A --> B', { kind: 'flowchart', supported: true }],
  ])('reports %s instead of throwing', (_name, source, expected) => {
    expect(drawMermaid(source)).toMatchObject({ ok: false, ...expected });
  });
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseVault } from '../../content/parse-vault.ts';
import { createVaultRenderer, PART_BYTES } from './render-vault.ts';
import { DEFAULT_SETTINGS, readVaultSettings } from './vault-settings.ts';

// Each fixture is a note (note.md, optional app.json) rendered inside this small vault; expected.html is
// what the build ships. UPDATE=1 rewrites the expectations: read the diff before committing it.
const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const TARGET = `---
aliases: [Target Alias]
---
# Target

Intro.

## Second Heading

Second text.
A fact. ^fact

## Third

Third text.
`;
const LOOP = '# Loop\n\n![[loop]]\n';
const ATTACHMENTS = ['attachments/pic.png', 'media/exact.png', 'deep/named.png', 'docs/report.pdf'];

function render(caseDir: string): string {
  const markdown = readFileSync(path.join(caseDir, 'note.md'), 'utf8');
  const appJson = path.join(caseDir, 'app.json');
  const settings = {
    ...(existsSync(appJson) ? readVaultSettings(JSON.parse(readFileSync(appJson, 'utf8'))) : DEFAULT_SETTINGS),
    attachmentFolderPath: 'attachments',
  };
  const files = [
    { file: 'fixture.md', markdown },
    { file: 'target.md', markdown: TARGET },
    { file: 'loop.md', markdown: LOOP },
  ];
  const notes = parseVault(files).map((analysis) => analysis.note);
  const renderNote = createVaultRenderer({
    notes,
    sources: new Map(files.map((f) => [f.file, f.markdown])),
    attachments: ATTACHMENTS,
    settings,
    noteHref: (slug, fragment) => `/notes/${slug}${fragment ? `#${fragment}` : ''}`,
    tagHref: (tag) => `/tags/${tag}`,
  });
  const rendered = renderNote(notes[0]!);
  const html = rendered.note.blocks.map((block) => (block.kind === 'markdown' ? block.html : `<!-- ${block.kind} -->`));
  return [...html, `<!-- attachments: ${rendered.attachments.join(', ')}; math: ${rendered.math}; mermaid: ${rendered.mermaid} -->`].join('\n') + '\n';
}

const cases = readdirSync(FIXTURES).filter((name) => existsSync(path.join(FIXTURES, name, 'note.md')));

describe('Obsidian syntax fixtures', () => {
  test.each(cases)('%s', (name) => {
    const dir = path.join(FIXTURES, name);
    const actual = render(dir);
    const expectedFile = path.join(dir, 'expected.html');
    if (process.env.UPDATE) writeFileSync(expectedFile, actual);
    expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
  });
});

describe('a long note', () => {
  const renderAlone = (markdown: string) => {
    const files = [{ file: 'long.md', markdown }];
    const notes = parseVault(files).map((analysis) => analysis.note);
    const renderNote = createVaultRenderer({
      notes, sources: new Map(files.map((f) => [f.file, f.markdown])), attachments: [], settings: DEFAULT_SETTINGS,
      noteHref: (slug) => `/notes/${slug}`, tagHref: (tag) => `/tags/${tag}`,
    });
    return renderNote(notes[0]!).note.blocks;
  };
  const paragraph = (i: number) => `Paragraph ${i} with **bold** text and $x^${i}$ math. ${'word '.repeat(60)}`;

  test.each([
    ['a short note stays one block', 10, 1],
    ['a long note is cut into parts of about PART_BYTES', 400, Math.ceil((400 * 400) / PART_BYTES)],
  ])('%s', (_name, paragraphs, atLeast) => {
    const markdown = `# Long\n\n${Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('\n\n')}\n`;
    const blocks = renderAlone(markdown);
    const htmls = blocks.map((block) => (block.kind === 'markdown' ? block.html ?? '' : ''));
    expect(blocks.length).toBeGreaterThanOrEqual(atLeast);
    if (paragraphs === 10) expect(blocks).toHaveLength(1);
    // Cut between elements only: each part starts and ends on a whole paragraph, in order, none lost.
    for (const html of htmls) {
      expect(html.length).toBeLessThanOrEqual(PART_BYTES + 2048);
      expect(html.trim()).toMatch(/^<(p|h1)>[\s\S]*<\/p>$/);
    }
    const text = htmls.join('');
    for (const i of [0, Math.floor(paragraphs / 2), paragraphs - 1]) expect(text).toContain(`Paragraph ${i} with`);
    expect(text.indexOf('Paragraph 1 with')).toBeLessThan(text.indexOf(`Paragraph ${paragraphs - 1} with`));
  });
});

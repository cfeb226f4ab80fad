import { analyseNote } from './parse-note';

describe('frontmatter that parses as YAML but cannot be read as values', () => {
  test.each([
    ['an alias to no anchor (Markdown bold in the frontmatter)', '---\n**Options:**\n---\n\n# Note\n\nBody text.\n'],
    ['an alias before its anchor', '---\ntitle: *later\nother: &later x\n---\n\n# Note\n\nBody text.\n'],
  ])('%s is broken frontmatter on its line, and the note is still read', (_, markdown) => {
    const { note, diagnostics } = analyseNote(markdown, 'notes/aliased.md');
    expect(diagnostics.map((problem) => problem.message)).not.toContainEqual(expect.stringMatching(/could not read this note/));
    const broken = diagnostics.filter((problem) => problem.code === 'frontmatter-broken');
    expect(broken).toHaveLength(1);
    expect(broken[0]?.line).toBe(2);
    expect(note.title).toBe('Note');
    expect(note.blocks.length).toBeGreaterThan(0);
  });
});

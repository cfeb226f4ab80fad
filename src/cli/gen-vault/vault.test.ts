import { MAX_NOTE_BYTES } from './note';
import { generateVault } from './vault';

const bytes = (text: string): number => new TextEncoder().encode(text).length;

describe('generateVault', () => {
  const vault = generateVault(400, 'variants');
  const notes = vault.map((file) => file.note);
  const questions = notes.flatMap((note) => note.questions);

  test.each([0, 1, 7, 50])('writes exactly %i notes', (count) => {
    expect(generateVault(count, 'count')).toHaveLength(count);
  });

  test('the same seed writes the same vault and another seed a different one', () => {
    const a = generateVault(30, 'same');
    expect(generateVault(30, 'same')).toEqual(a);
    expect(generateVault(30, 'other').map((file) => file.note.markdown)).not.toEqual(a.map((file) => file.note.markdown));
  });

  test('paths are unique, name the slug and sit in date folders (or whitepapers for reading notes)', () => {
    expect(new Set(vault.map((file) => file.path)).size).toBe(vault.length);
    for (const { path, note } of vault) {
      expect(path.endsWith(`/${note.slug}.md`)).toBe(true);
      const folder = path.slice(0, path.lastIndexOf('/'));
      if (note.questions.length === 0) expect(folder).toBe('whitepapers');
      else expect(folder).toMatch(/^(\d{4}-\d{2})\/\1-\d{2}$/);
    }
    expect(new Set(vault.map((file) => file.path.slice(0, 7))).size).toBeGreaterThan(6);
  });

  test('frontmatter carries the slug as title, dates, tags and aliases unless the note is bare', () => {
    for (const note of notes) {
      if (note.bare) {
        expect(note.markdown.startsWith('# ')).toBe(true);
        continue;
      }
      expect(note.markdown).toMatch(new RegExp(`^---\\n\\ntitle: ${note.slug}\\ncreated: \\d{4}-\\d{2}-\\d{2}\\nmodified: \\d{4}-\\d{2}-\\d{2}\\ntags:\\n(- [a-z]+/[a-z0-9-]+\\n){5}aliases: \\["`));
    }
  });

  test('tags overlap between notes, as tag pages need', () => {
    const counts = new Map<string, number>();
    for (const note of notes) {
      for (const tag of note.markdown.match(/^- service\/[a-z0-9-]+$/gm) ?? []) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    expect(Math.max(...counts.values())).toBeGreaterThan(10);
  });

  test('sizes range from about 1 KB to about 10 KB', () => {
    const sizes = notes.map((note) => bytes(note.markdown));
    expect(Math.min(...sizes)).toBeLessThan(2_000);
    expect(Math.max(...sizes)).toBeGreaterThan(8_000);
    // The cap applies to grown text; one block of questions may push a note a little past it.
    expect(Math.max(...sizes)).toBeLessThan(MAX_NOTE_BYTES + 4_000);
  });

  test.each([
    ['a reading note without questions', () => notes.some((n) => n.questions.length === 0)],
    ['a bare reading note without frontmatter', () => notes.some((n) => n.bare)],
    ['a note with two questions', () => notes.some((n) => n.questions.length === 2)],
    ['two questions headed "### 문제 N"', () => notes.some((n) => n.markdown.includes('### 문제 2'))],
    ['two questions split by a rule', () => notes.some((n) => n.questions.length === 2 && !n.markdown.includes('### 문제 2'))],
    ['English headings', () => notes.some((n) => n.english && n.markdown.includes('\n## Explanation\n'))],
    ['four options', () => questions.some((q) => q.labels.length === 4)],
    ['five options', () => questions.some((q) => q.labels.length === 5)],
    ['six options', () => questions.some((q) => q.labels.length === 6)],
    ['two answers', () => questions.some((q) => q.answer.length === 2)],
    ['three answers', () => questions.some((q) => q.answer.length === 3)],
    ['a chain flow', () => notes.some((n) => n.flow === 'chain')],
    ['a vertical flow', () => notes.some((n) => n.flow === 'vertical')],
    ['a grid flow', () => notes.some((n) => n.flow === 'grid')],
    ['a tree flow', () => notes.some((n) => n.flow === 'tree')],
    ['no flow', () => notes.some((n) => n.flow === null)],
  ])('includes %s', (_name, present) => {
    expect(present()).toBe(true);
  });
});

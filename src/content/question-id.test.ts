import { parseNote } from './parse-note';
import { parseVault } from './parse-vault';
import { fnv1a, formerQuestionId, questionIds, splitBlockId } from './question-id';

const note = (options: string, explanation: string) => `## 관련 문제

**Question:** Which   storage class
is cheapest?

${options}

**정답: B**

💡 추가 설명:

${explanation}
`;

describe('question ids', () => {
  test.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
  ])('fnv1a(%j) = %s', (text, hash) => {
    expect(fnv1a(text)).toBe(hash);
  });

  test('repeated stems in one note get a suffix', () => {
    const named = (stem: string) => ({ stem, blockId: null });
    const [first, second, third] = questionIds('s', [named('Same stem'), named('Same  stem'), named('Other')]);
    expect(second).toBe(`${first}-2`);
    expect(third).not.toBe(first);
  });

  test('stay the same when explanations are edited, options reordered or the file renamed; change with the stem', () => {
    const id = (markdown: string, file = 'n.md') => parseNote(markdown, file).note.questions[0]?.id;
    const base = id(note('- A) Standard\n- B) Glacier', '- **A번** - 비싸다'));
    expect(base).toMatch(/^[0-9a-f]{8}$/);
    expect(id(note('- B) Glacier\n- A) Standard', '- **A번** - 비싸다'))).toBe(base);
    expect(id(note('- A) Standard\n- B) Glacier', '- **A번** - 자주 쓰는 데이터용'))).toBe(base);
    expect(id(note('- A) Standard\n- B) Glacier', '').replace('cheapest', 'fastest'))).not.toBe(base);
    expect(id(note('- A) Standard\n- B) Glacier', ''), 'moved/other.md')).toBe(base);
  });

  test('a block id on the stem names the question, with the frontmatter id, whatever the stem says', () => {
    const withBlock = (stem: string, file: string) =>
      parseNote(`---\nid: s3-classes\n---\n${note('- A) Standard\n- B) Glacier', '').replace('is cheapest?', `${stem} ^q-cheap`)}`, file).note.questions[0];
    const before = withBlock('is cheapest?', 'a.md');
    const after = withBlock('costs the least per GB?', 'b/renamed.md');
    expect(after?.id).toBe(before?.id);
    expect(after?.stem).toBe('Which   storage class\ncosts the least per GB?');
  });

  test.each([
    ['Which one? ^q1', 'Which one?', 'q1'],
    ['Which one?', 'Which one?', null],
    ['Costs 5^2 dollars', 'Costs 5^2 dollars', null],
  ])('splitBlockId(%j)', (stem, rest, blockId) => {
    expect(splitBlockId(stem)).toEqual({ stem: rest, blockId });
  });

  test('the same question in two notes gets an id per note, named by each note\'s key, whatever the paths', () => {
    const markdown = note('- A) Standard\n- B) Glacier', '');
    const plain = parseNote(markdown, 'x.md').note.questions[0]?.id;
    const ids = (files: { file: string; markdown: string }[]) =>
      Object.fromEntries(parseVault(files).map((r) => [r.note.title, r.note.questions[0]?.id]));
    const withId = `---\nid: storage-copy\n---\n# Copy\n${markdown}`;
    const before = ids([{ file: 'a/n.md', markdown: `# Original\n${markdown}` }, { file: 'b/m.md', markdown: withId }]);
    // The copy moves before the original in path order and is renamed: neither id moves.
    const after = ids([{ file: 'a/n.md', markdown: `# Original\n${markdown}` }, { file: '0/renamed.md', markdown: withId }]);
    expect(before.Original).not.toBe(plain);
    expect(before.Copy).not.toBe(before.Original);
    expect(after).toEqual(before);
  });

  test('twins with the same key still get two ids', () => {
    const markdown = `---\naliases: [same]\n---\n${note('- A) Standard\n- B) Glacier', '')}`;
    const [a, b] = parseVault([{ file: 'a/n.md', markdown }, { file: 'b/n.md', markdown }]).map((r) => r.note.questions[0]?.id);
    expect(a).not.toBe(b);
  });

  test('the former id is the hash of slug and stem that the first releases used', () => {
    expect(formerQuestionId('n', 'Which   storage class\nis cheapest?')).toBe(fnv1a('n\nWhich storage class is cheapest?'));
  });
});

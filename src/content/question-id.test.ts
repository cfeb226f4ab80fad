import { parseNote } from './parse-note';
import { fnv1a, questionIds } from './question-id';

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
    const [first, second, third] = questionIds('s', ['Same stem', 'Same  stem', 'Other']);
    expect(second).toBe(`${first}-2`);
    expect(third).not.toBe(first);
  });

  test('stay the same when explanations are edited or options reordered, change with the stem or slug', () => {
    const id = (markdown: string, file = 'n.md') => parseNote(markdown, file).note.questions[0]?.id;
    const base = id(note('- A) Standard\n- B) Glacier', '- **A번** - 비싸다'));
    expect(base).toMatch(/^[0-9a-f]{8}$/);
    expect(id(note('- B) Glacier\n- A) Standard', '- **A번** - 비싸다'))).toBe(base);
    expect(id(note('- A) Standard\n- B) Glacier', '- **A번** - 자주 쓰는 데이터용'))).toBe(base);
    expect(id(note('- A) Standard\n- B) Glacier', '').replace('cheapest', 'fastest'))).not.toBe(base);
    expect(id(note('- A) Standard\n- B) Glacier', ''), 'other.md')).not.toBe(base);
  });
});

import { indexModule, jsonModule, packsModule, stringModule, VIRTUAL } from './vault-modules';

describe('vault modules', () => {
  test('jsonModule round-trips through JSON.parse, quotes and all', () => {
    const value = { text: 'He said "hi" </script> \u2028 한국어' };
    const code = jsonModule(value);
    const body = code.replace(/^export default /, 'return ').replace(/;\n$/, ';');
    expect(new Function(body)()).toEqual(value);
  });

  test('stringModule exports the text itself, escaped once', () => {
    const text = `{"a":"\\"quoted\\" 한국어 ${'x'.repeat(200)}"}`;
    const code = stringModule(text);
    expect(new Function(code.replace(/^export default /, 'return '))()).toBe(text);
    // Escaped once: each quote and backslash gains one character, nothing more.
    const escapable = (text.match(/["\\]/g) ?? []).length;
    expect(code.length).toBe(text.length + escapable + "export default \"\";\n".length);
  });

  test('indexModule gives one lazy loader per note and keeps summaries as data', () => {
    const code = indexModule([
      { slug: 'a', file: 'a.md', title: 'A', tags: ['x'], aliases: [], questionCount: 1, questionIds: ['q1'], errorCount: 0 },
      { slug: 'b-2', file: 'b.md', title: 'B "quoted"', tags: [], aliases: [], questionCount: 0, questionIds: [], errorCount: 0 },
    ]);
    expect(code).toContain(`import("${VIRTUAL.notePrefix}a")`);
    expect(code).toContain(`import("${VIRTUAL.notePrefix}b-2")`);
    expect(code.match(/import\(/g)).toHaveLength(2);
    expect(code).toContain('B \\\\\\"quoted\\\\\\"');
  });

  test('packsModule gives one lazy loader per pack and the pack of each note as data', () => {
    const code = packsModule([0, -1, 1, 0], 2);
    expect(code.match(/import\(/g)).toHaveLength(2);
    expect(code).toContain(`import("${VIRTUAL.packPrefix}0")`);
    expect(code).toContain(`import("${VIRTUAL.packPrefix}1")`);
    expect(code).toContain('JSON.parse("[0,-1,1,0]")');
  });
});

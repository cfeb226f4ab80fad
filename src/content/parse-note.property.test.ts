import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyseNote } from './parse-note';

const fixtures = join(import.meta.dirname, 'fixtures');
const seeds = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => readFileSync(join(fixtures, entry.name, 'note.md'), 'utf8'));

/** Checks what must hold for any input: no throw, a note, diagnostics on lines of the file, no parser failure. */
function checkInvariants(markdown: string): void {
  const result = analyseNote(markdown, 'mutant.md');
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n').length;
  expect(result.note.slug).toBe('mutant');
  for (const problem of result.diagnostics) {
    expect(Number.isInteger(problem.line)).toBe(true);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.line).toBeLessThanOrEqual(lines);
    expect(problem.message).not.toMatch(/could not read this note/);
  }
  for (const question of result.note.questions) {
    expect(question.line).toBeGreaterThanOrEqual(1);
    expect(question.line).toBeLessThanOrEqual(lines);
    const labels = question.options.map((option) => option.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(question.answer.every((label) => labels.includes(label))).toBe(true);
  }
  const questionBlocks = result.note.blocks.filter((block) => block.kind === 'question');
  expect(questionBlocks.length).toBe(result.note.questions.length);
}

const seed = fc.constantFrom(...seeds);
const mutation = fc.oneof(
  fc.tuple(seed, fc.nat()).map(([text, at]) => text.slice(0, at % (text.length + 1))),
  fc.tuple(seed, fc.array(fc.nat(), { maxLength: 8 })).map(([text, drops]) => {
    const lines = text.split('\n');
    for (const drop of drops) lines.splice(drop % Math.max(1, lines.length), 1);
    return lines.join('\n');
  }),
  fc.tuple(seed, fc.nat(), fc.nat()).map(([text, a, b]) => {
    const lines = text.split('\n');
    const i = a % lines.length;
    const j = b % lines.length;
    [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
    return lines.join('\n');
  }),
  fc.tuple(seed, fc.nat(), fc.string({ unit: 'binary', maxLength: 40 })).map(([text, at, junk]) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + junk + text.slice(i);
  }),
  fc.tuple(seed, fc.nat(), fc.constantFrom('---', '**정답: ', '- A) ', '**Question:** ', '```', '> ', '💡 추가 설명:', '## 관련 문제', '\r', '\uFEFF', '\t- **B번** -'))
    .map(([text, at, piece]) => {
      const i = at % (text.length + 1);
      return `${text.slice(0, i)}\n${piece}${text.slice(i)}`;
    }),
);

describe('parseNote on mutated notes', () => {
  test('random mutations of real notes never throw and keep diagnostics inside the file', () => {
    fc.assert(fc.property(mutation, (markdown) => checkInvariants(markdown)), { numRuns: 400 });
  }, 300_000);

  test('a note made only of random text keeps the invariants', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (markdown) => checkInvariants(markdown)), { numRuns: 300 });
  }, 300_000);
});

const question = (body: string) => `## 관련 문제\n\n**Question:** Pick one.\n\n${body}`;

describe('parseNote on hostile notes', () => {
  test.each([
    ['a 1 MB line', () => `${seeds[0] ?? ''}\n${'word '.repeat(210_000)}\n`],
    ['a 1 MB stem', () => question(`${'x'.repeat(1_000_000)}\n\n- A) one\n- B) two\n\n**정답: A**\n`)],
    ['a 1 MB bold label', () => question(`- A) one\n- B) two\n\n**정답: A**\n\n- **${'A '.repeat(500_000)}** - why\n`)],
    ['200 nested list levels', () => question(Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- A) level ${i}`).join('\n'))],
    ['a thousand options and bullets', () => question(
      `${Array.from({ length: 1000 }, (_, i) => `- ${'ABCDEF'[i % 6]}) option ${i}`).join('\n')}\n\n**정답: A**\n\n💡 추가 설명:\n\n${Array.from({ length: 1000 }, (_, i) => `- **Option ${'ABCDEF'[i % 6]}** - why ${i}`).join('\n')}\n`,
    )],
    ['broken frontmatter', () => `---\ntitle: [x\ntags: {a: \n---\n${seeds[0] ?? ''}`],
    ['frontmatter never closed', () => `---\ntitle: x\n${seeds[0] ?? ''}`],
    ['random bytes', () => Array.from({ length: 20_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')],
    ['many spaces before a letter', () => `- **${' '.repeat(100_000)}x** - y\n`],
    // Found by the mutation run: a second label inside the explanation section that follows the questions.
    ['a Question: label inside the explanation section', () => question('- A) one\n- B) two\n\n**정답: A**\n\n## 해설\n**Question:** \n\n- **B번** - no\n')],
  ])('%s parses without throwing', (_name, make) => {
    checkInvariants(make());
  }, 120_000);

  test('absurd nesting (which overflows the Markdown library on Node 20) still gives a note with its text', () => {
    const result = analyseNote(`${'>'.repeat(20_000)} x\n`, 'deep.md');
    const shown = result.note.blocks.map((block) => (block.kind === 'markdown' ? block.markdown : '')).join('');
    expect(shown).toContain(' x');
    expect(result.diagnostics.every((problem) => problem.line === 1)).toBe(true);
  }, 120_000);
});

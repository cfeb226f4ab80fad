import { parseNote } from '../../content/parse-note';
import { parseDiagram } from '../../diagram/parse-diagram';
import { generateVault } from './vault';

// The generator exists to feed the real pipeline, so its output is checked by the real parsers.
describe('generated notes through parseNote', () => {
  const results = generateVault(300, 'parse').map(({ path, note: generated }) => {
    const { note: parsed, diagnostics } = parseNote(generated.markdown, path);
    return { path, generated, parsed, diagnostics };
  });

  test('every note parses with no diagnostics', () => {
    const problems = results.flatMap(({ path, diagnostics }) =>
      diagnostics.map((d) => `${path}:${d.line}: ${d.severity}: ${d.message}`));
    expect(problems).toEqual([]);
  });

  test('parsed questions match what was generated: options, answers, multi and explained wrong options', () => {
    for (const { generated, parsed } of results) {
      expect(parsed.questions.map((q) => q.options.map((o) => o.label))).toEqual(generated.questions.map((q) => q.labels));
      expect(parsed.questions.map((q) => q.answer)).toEqual(generated.questions.map((q) => q.answer));
      parsed.questions.forEach((question, i) => {
        expect(question.multi).toBe((generated.questions[i]?.answer.length ?? 0) > 1);
        for (const option of question.options.filter((o) => !o.correct)) expect(option.explanation).not.toBeNull();
      });
    }
  });

  test('headings, tags and flows come through', () => {
    for (const { generated, parsed } of results) {
      expect(parsed.heading).toMatch(/구성하기$/);
      expect(parsed.tags).toHaveLength(generated.bare ? 0 : 5);
      expect(parsed.flows).toHaveLength(generated.flow === null ? 0 : 1);
    }
  });

  test('every flow is read as a diagram with no problems', () => {
    for (const { path, parsed } of results) {
      for (const flow of parsed.flows) {
        const diagram = parseDiagram(flow.source);
        expect({ path, problems: diagram.problems, parsed: diagram.parsed }).toEqual({ path, problems: [], parsed: true });
        expect(diagram.nodes.length).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

import { readFileSync } from 'node:fs';
import { parseBlueprint } from './parse-blueprint';

const VALID = `exam:
  name: MLS-C01
  questions: 65
  minutes: 180
  passMark: 750
domains:
  - name: Data Engineering
    weight: 20
    tags: [data]
  - name: Modeling
    weight: 80%
    tags: [metric]
`;

describe('parseBlueprint', () => {
  test('a valid file gives the blueprint, with the 100–1000 scale by default and "80%" read as 80', () => {
    const { blueprint, diagnostics } = parseBlueprint(VALID);
    expect(diagnostics).toEqual([]);
    expect(blueprint?.exam).toEqual({ name: 'MLS-C01', questions: 65, minutes: 180, passMark: 750, scale: { min: 100, max: 1000 } });
    expect(blueprint?.domains.map((d) => [d.name, d.weight, d.tags])).toEqual([['Data Engineering', 20, ['data']], ['Modeling', 80, ['metric']]]);
  });

  test("content/examflow.yaml, the example shipped with the app, is valid and its weights add up to 100", () => {
    const { blueprint, diagnostics } = parseBlueprint(readFileSync(new URL('../../../content/examflow.yaml', import.meta.url), 'utf8'));
    expect(diagnostics).toEqual([]);
    expect(blueprint?.domains.map((d) => d.weight)).toEqual([20, 24, 36, 20]);
  });

  test.each([
    { name: 'broken YAML', text: 'exam: [1,\n', code: 'blueprint-yaml-broken', line: 2, severity: 'error' },
    { name: 'not a mapping', text: '- a\n- b\n', code: 'blueprint-not-mapping', line: 1, severity: 'error' },
    { name: 'an unknown key', text: VALID.replace('  minutes: 180', '  minutes: 180\n  passmark: 700'), code: 'blueprint-key-unknown', line: 5, severity: 'error', args: { key: 'passmark', where: 'exam' } },
    { name: 'an unknown key in a domain', text: VALID.replace('    weight: 20\n', '    weight: 20\n    colour: red\n'), code: 'blueprint-key-unknown', line: 9, severity: 'error', args: { key: 'colour', where: 'domains[0]' } },
    { name: 'a missing field', text: VALID.replace('  minutes: 180\n', ''), code: 'blueprint-field-missing', line: 1, severity: 'error', args: { field: 'exam.minutes' } },
    { name: 'a count that is not a whole number', text: VALID.replace('questions: 65', 'questions: 6.5'), code: 'blueprint-field-number', line: 3, severity: 'error', args: { field: 'exam.questions', min: 1, max: 500, value: '6.5' } },
    { name: 'a weight of nothing', text: VALID.replace('weight: 20', 'weight: 0'), code: 'blueprint-field-weight', line: 8, severity: 'error', args: { field: 'domains[0].weight' } },
    { name: 'a weight as a word', text: VALID.replace('weight: 20', 'weight: twenty'), code: 'blueprint-field-weight', line: 8, severity: 'error' },
    { name: 'a domain without tags', text: VALID.replace('    tags: [data]', '    tags: []'), code: 'blueprint-field-list', line: 9, severity: 'error', args: { field: 'domains[0].tags' } },
    { name: 'an empty name', text: VALID.replace('name: MLS-C01', "name: ''"), code: 'blueprint-field-text', line: 2, severity: 'error' },
    { name: 'a pass mark off the scale', text: VALID.replace('passMark: 750', 'passMark: 1200'), code: 'blueprint-pass-mark-off-scale', line: 5, severity: 'error' },
    { name: 'a scale running down', text: VALID.replace('  passMark: 750', '  passMark: 750\n  scale: { min: 1000, max: 100 }'), code: 'blueprint-scale-empty', line: 6, severity: 'error' },
    { name: 'weights not adding up to 100', text: VALID.replace('weight: 80%', 'weight: 70%'), code: 'blueprint-weights-sum', line: 6, severity: 'warning', args: { sum: 90 } },
    { name: 'a domain named twice', text: VALID.replace('name: Modeling', 'name: data engineering'), code: 'blueprint-domain-repeated', line: 10, severity: 'error' },
    { name: 'a tag in two domains', text: VALID.replace('tags: [metric]', 'tags: [metric, data]'), code: 'blueprint-tag-repeated', line: 12, severity: 'warning' },
  ])('$name: $code at line $line', ({ text, code, line, severity, args }) => {
    const { blueprint, diagnostics } = parseBlueprint(text);
    expect(diagnostics).toEqual([expect.objectContaining({ code, line, severity, ...(args ? { args: expect.objectContaining(args) } : {}) })]);
    // An error leaves the blueprint out, so the app keeps its behaviour without one; a warning keeps it.
    expect(blueprint === null).toBe(severity === 'error');
  });

  test('every problem of a file is reported, not only the first', () => {
    const text = VALID.replace('questions: 65', 'questions: -1').replace('weight: 20', 'weight: 0').replace('  minutes: 180\n', '');
    expect(parseBlueprint(text).diagnostics.map((d) => d.code).sort()).toEqual(['blueprint-field-missing', 'blueprint-field-number', 'blueprint-field-weight']);
  });
});

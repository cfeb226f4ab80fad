import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNote } from './parse-note';

const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// Run with UPDATE=1 to rewrite expected.json after a deliberate change, then review the diff.
describe('parser fixtures', () => {
  test('there are fixtures to compare', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  test.each(cases)('%s', (name) => {
    const markdown = readFileSync(join(root, name, 'note.md'), 'utf8');
    const actual = parseNote(markdown, `${name}.md`);
    const expectedFile = join(root, name, 'expected.json');
    if (process.env.UPDATE === '1') {
      writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(existsSync(expectedFile), `missing ${expectedFile}: run with UPDATE=1`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

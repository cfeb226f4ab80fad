import v8 from 'node:v8';
import vm from 'node:vm';
import { planVault } from '../content/parse-vault';
import { assembleVault } from './build-vault';
import { parseNoteBatch } from './parse-task';

// A full collection on demand, so the test sees what a built vault still holds.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Collects once the current job is over: V8 keeps a WeakRef's target alive until then. */
async function collect(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
}

const markdown = ['# Caching', '', 'Keep what serves a page.', '', '## Questions', '', '1. Which?', '   - [x] This one', '   - [ ] That one', ''].join('\n');

test('a built vault lets go of each parse: its plain text at once, its search document once the index is built', async () => {
  const parsed = parseNoteBatch(planVault([{ file: 'notes/caching.md', markdown }]));
  const text = new WeakRef(parsed[0]!.analysis.text);
  const search = new WeakRef(parsed[0]!.search);
  const built = assembleVault(parsed);
  parsed.length = 0;
  await collect();
  expect(text.deref()).toBeUndefined();
  expect(search.deref()).toBeDefined();
  const index = built.searchIndex();
  await collect();
  expect(search.deref()).toBeUndefined();
  expect(built.searchIndex()).toBe(index);
  expect(JSON.stringify(index)).toContain('Caching');
});

test('a vault that hands its search documents over keeps none, and will not index an empty vault instead', async () => {
  const parsed = parseNoteBatch(planVault([{ file: 'notes/caching.md', markdown }]));
  const search = new WeakRef(parsed[0]!.search);
  const built = assembleVault(parsed);
  parsed.length = 0;
  const given = built.handOverSearch();
  expect(given.map((doc) => doc.title)).toEqual(['Caching']);
  given.length = 0;
  await collect();
  expect(search.deref()).toBeUndefined();
  expect(() => built.searchIndex()).toThrow(/handed over/);
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Route stylesheets load lazily, so a class one of them styles at the top level changes every page that uses
// the class from then on (the header's .btn-small once shrank after a quiz page loaded). A shared class lives
// in ui/; a feature restyles it only below its own root class (".quiz-page .btn[aria-pressed]").
const src = join(import.meta.dirname, '..');
const sheets = (readdirSync(src, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.css'))
  .map((file) => join(src, file)).map((file) => ({ file: relative(src, file), css: readFileSync(file, 'utf8') }));

/** The class each selector styles on its own (".btn-small", ".btn[aria-pressed]"), not below another class. */
function topLevelClasses(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const selectors = [...withoutComments.matchAll(/([^{}@;]+)\{/g)].flatMap((match) => (match[1] ?? '').split(','));
  return selectors
    .map((selector) => selector.trim())
    .filter((selector) => /^\.[\w-]+[^\s>+~]*$/.test(selector))
    .map((selector) => selector.match(/^\.([\w-]+)/)?.[1] ?? '');
}

const shared = new Set(sheets.filter((s) => s.file.startsWith('ui/')).flatMap((s) => topLevelClasses(s.css)));

test('there are shared and feature stylesheets to compare', () => {
  expect(shared.has('btn')).toBe(true);
  expect(sheets.length).toBeGreaterThan(5);
});

test.each(sheets.filter((s) => !s.file.startsWith('ui/')).map((s) => [s.file, s.css]))(
  '%s restyles no shared class at the top level',
  (_file, css) => {
    expect(topLevelClasses(css).filter((name) => shared.has(name))).toEqual([]);
  },
);

test('no two feature stylesheets style the same class at the top level', () => {
  const owners = new Map<string, Set<string>>();
  for (const sheet of sheets.filter((s) => !s.file.startsWith('ui/'))) {
    for (const name of topLevelClasses(sheet.css)) owners.set(name, (owners.get(name) ?? new Set()).add(sheet.file));
  }
  const twice = [...owners].filter(([, files]) => files.size > 1).map(([name, files]) => `${name}: ${[...files].join(', ')}`);
  expect(twice).toEqual([]);
});

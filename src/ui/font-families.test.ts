import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Every font family a browser lacks costs it a lookup per weight before the page first paints (through fontconfig
// on Linux, ~5 ms each; `npm run paint:measure` counts them), so the app's stylesheets name generic families only:
// each platform's own UI, Korean and monospace faces come with them (src/ui/theme.css).
const GENERIC = new Set(['system-ui', 'ui-sans-serif', 'ui-serif', 'ui-monospace', 'ui-rounded', 'sans-serif', 'serif', 'monospace', 'inherit']);
const src = join(import.meta.dirname, '..');
const sheets = (readdirSync(src, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.css'))
  .map((file) => ({ file: relative(src, join(src, file)), css: readFileSync(join(src, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '') }));

/** The families a stylesheet names in font-family declarations and in the --font and --mono variables. */
function familiesOf(css: string): string[] {
  return [...css.matchAll(/(?:font-family|--font|--mono)\s*:\s*([^;}]+)/g)]
    .flatMap((match) => (match[1] ?? '').split(','))
    .map((family) => family.trim())
    .filter((family) => !/^var\(/.test(family));
}

test('the theme names its fonts, so there is something to check', () => {
  expect(familiesOf(sheets.find((s) => s.file === join('ui', 'theme.css'))!.css)).toContain('system-ui');
});

test.each(sheets.map((s) => [s.file, s.css]))('%s names generic font families only', (_file, css) => {
  expect(familiesOf(css).filter((family) => !GENERIC.has(family.replace(/\)$/, '')))).toEqual([]);
});

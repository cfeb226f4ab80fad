import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import postcss, { type Rule } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import { describe, expect, test } from 'vitest';

// Route stylesheets load lazily, page by page: a class one of them defines outside its own feature restyles
// every page that happens to be open after it (a header button shrank once a quiz page had loaded). So each
// stylesheet outside src/ui/ styles only its own prefix, and the shared classes are defined in src/ui/ alone.
const PREFIXES: Record<string, string> = {
  // Only @imports of the sheets below (one file for a first visit): it has no rules of its own.
  'src/app/styles.css': 'app',
  'src/diagram/flow-diagram.css': 'flow',
  'src/pwa/update-notice.css': 'update-notice',
  'src/routes/app-layout.css': 'app',
  'src/routes/blueprint/blueprint.css': 'blueprint',
  'src/routes/home-page.css': 'home',
  'src/routes/note/diagnostics-panel.css': 'diagnostics',
  'src/routes/note/note-page.css': 'note',
  'src/routes/notes/notes-page.css': 'notes',
  'src/routes/progress/progress-page.css': 'progress',
  'src/routes/quiz/note-reason.css': 'quiz',
  'src/routes/quiz/quiz.css': 'quiz',
  'src/routes/review/review-page.css': 'review',
  'src/routes/search/search-dialog.css': 'search',
  'src/routes/search/search-launcher.css': 'search',
  'src/routes/settings/settings-page.css': 'settings',
  'src/routes/status/status.css': 'status',
  'src/routes/study/retry-links.css': 'retry',
  'src/routes/tags/tag-pages.css': 'tag',
};

const root = join(import.meta.dirname, '..', '..');
const stylesheets = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  .map((file) => relative(root, join(root, 'src', file)).split('\\').join('/'))
  .sort();
const isShared = (file: string) => file.startsWith('src/ui/');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** Every class a stylesheet's selectors name. */
function classesOf(css: string): Set<string> {
  const names = new Set<string>();
  eachRule(css, (rule) => selectorParser((selectors) => selectors.walkClasses((node) => void names.add(node.value))).processSync(rule.selector));
  return names;
}

/** Calls back for every style rule, leaving out keyframe steps (`from`, `50%`), which are no selectors. */
function eachRule(css: string, visit: (rule: Rule) => void): void {
  postcss.parse(css).walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/i.test((rule.parent as { name: string }).name)) return;
    visit(rule);
  });
}

/**
 * What a feature stylesheet styles outside its feature: a class without the prefix (a state class `is-*`
 * counts only on an element that also carries a prefixed class), a class src/ui/ defines, and a selector
 * with no prefixed class at all (it styles elements of every page), `:root` variables apart.
 */
function scopeProblems(css: string, prefix: string, shared: Set<string>): string[] {
  const own = (name: string) => name === prefix || name.startsWith(`${prefix}-`);
  const problems: string[] = [];
  eachRule(css, (rule) => {
    const line = rule.source?.start?.line ?? 0;
    selectorParser((selectors) => {
      selectors.each((selector) => {
        let scoped = false;
        let compound: selectorParser.Node[] = [];
        const check = () => {
          const names = compound.filter((node) => node.type === 'class').map((node) => node.value ?? '');
          for (const name of names) {
            if (shared.has(name)) problems.push(`line ${line}: .${name} is a shared class of src/ui/`);
            else if (own(name)) scoped = true;
            else if (!(name.startsWith('is-') && names.some(own))) problems.push(`line ${line}: .${name} is outside the "${prefix}-" prefix`);
          }
          compound = [];
        };
        selector.each((node) => (node.type === 'combinator' ? check() : void compound.push(node)));
        check();
        const variablesOnly = rule.nodes.every((node) => node.type === 'decl' && node.prop.startsWith('--'));
        if (!scoped && !(/^(:root|html)$/.test(selector.toString().trim()) && variablesOnly)) {
          problems.push(`line ${line}: "${selector.toString().trim()}" styles elements outside the feature`);
        }
      });
    }).processSync(rule.selector);
  });
  return problems;
}

const shared = new Set(stylesheets.filter(isShared).flatMap((file) => [...classesOf(read(file))]));
const features = stylesheets.filter((file) => !isShared(file));

describe('feature stylesheets stay in their feature', () => {
  test('the shared classes are found and every stylesheet outside src/ui/ is in the table', () => {
    expect(shared).toContain('btn-small');
    expect(shared).toContain('markdown');
    expect(features.filter((file) => !(file in PREFIXES))).toEqual([]);
    expect(Object.keys(PREFIXES).filter((file) => !features.includes(file))).toEqual([]);
  });

  test.each(features)('%s styles only its prefix', (file) => {
    expect(scopeProblems(read(file), PREFIXES[file] ?? '(no prefix: add the file to PREFIXES)', shared)).toEqual([]);
  });
});

describe('scopeProblems', () => {
  const ui = new Set(['btn', 'btn-small', 'markdown', 'chip', 'tag-text', 'chart-title']);

  test.each([
    ['a shared class redefined', '.btn-small { min-height: 36px; }', '.btn-small is a shared class'],
    ['a shared class resized inside the feature', '.quiz-page .btn { padding: 0; }', '.btn is a shared class'],
    ['shared Markdown restyled', '.quiz-note .markdown > :first-child { margin: 0; }', '.markdown is a shared class'],
    ['a class of no feature', '.by-tag td { text-align: right; }', '.by-tag is outside the "quiz-" prefix'],
    ['a state class on a foreign element', 'li.is-correct { color: red; }', '.is-correct is outside'],
    ['a bare element', 'h2 { margin: 0; }', 'styles elements outside the feature'],
    ['a shared class that looks like the prefix', '.quiz-a, .tag-text { color: red; }', '.tag-text is a shared class'],
    ['a leak inside a media query', '@media (max-width: 640px) { .row { gap: 0; } }', '.row is outside'],
  ])('refuses %s', (_case, css, problem) => {
    const prefix = css.includes('tag-text') ? 'tag' : 'quiz';
    expect(scopeProblems(css, prefix, ui).join('\n')).toContain(problem);
  });

  test.each([
    ['a prefixed class', '.quiz-option { border: 0; }'],
    ['the prefix itself', '.quiz { border: 0; }'],
    ['a state of a prefixed element', '.quiz-option.is-right .quiz-letter { color: green; }'],
    ['elements inside a prefixed container', '.quiz-notes h3 { margin: 0; }'],
    ['a pseudo-element', '.quiz-dialog::backdrop { background: black; }'],
    ['a page-wide variable', ':root { --quiz-height: 57px; }'],
    ['keyframes', '@keyframes quiz-spin { from { opacity: 0; } to { opacity: 1; } }'],
  ])('accepts %s', (_case, css) => {
    expect(scopeProblems(css, 'quiz', ui)).toEqual([]);
  });
});

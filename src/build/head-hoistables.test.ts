// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createElement as h } from 'react';
import { hoistablesFromHead } from './head-hoistables';

const require = createRequire(import.meta.url);
const reactDom = path.dirname(require.resolve('react-dom/package.json'));
const clientBuild = (name: 'production' | 'development') => readFileSync(path.join(reactDom, 'cjs', `react-dom-client.${name}.js`), 'utf8');

/** React DOM's client module, from `source`. */
function reactDomClient(source: string): typeof import('react-dom/client') {
  const module = { exports: {} };
  new Function('module', 'exports', 'require', 'process', source)(module, module.exports, require, { env: { NODE_ENV: 'production' } });
  return module.exports as typeof import('react-dom/client');
}

describe('React DOM looks for the tags it hoists in <head>', () => {
  test.each(['production', 'development'] as const)('the installed %s client build lists a tag\'s elements in one place, which is made <head>', (name) => {
    const code = clientBuild(name);
    const changed = hoistablesFromHead(code);
    expect(changed).not.toBe(code);
    // One line changed, inside the function that lists them.
    const before = code.split('\n');
    const after = changed.split('\n');
    const lines = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
    expect(lines).toHaveLength(1);
    const owner = before.slice(0, lines[0]).reverse().find((line) => /^ *function \w+\(/.test(line));
    expect(owner).toMatch(/function getHydratableHoistableCache\(type, keyAttribute, ownerDocument\)/);
    expect(after[lines[0]!]).toMatch(/= \(ownerDocument\.head \|\| ownerDocument\)\.getElementsByTagName\(type\);$/);
  });

  test('hydrating a page, it claims its head\'s tags without listing the whole document\'s', async () => {
    const page = () =>
      h('html', null,
        h('head', null, h('meta', { name: 'description', content: 'A note' }), h('link', { rel: 'icon', href: '/favicon.svg' }), h('title', null, 'Note')),
        h('body', null, h('main', null, h('p', null, 'Text'))));
    document.documentElement.innerHTML = '<head><meta name="description" content="A note"><link rel="icon" href="/favicon.svg"><title>Note</title></head><body><main><p>Text</p></main></body>';
    const head = document.head;
    const listed: string[] = [];
    const list = Document.prototype.getElementsByTagName;
    const spy = vi.spyOn(Document.prototype, 'getElementsByTagName').mockImplementation(function (this: Document, tag: string) {
      listed.push(tag);
      return list.call(this, tag);
    });
    try {
      const { hydrateRoot } = reactDomClient(hoistablesFromHead(clientBuild('production')));
      const errors: unknown[] = [];
      hydrateRoot(document, page(), { onRecoverableError: (error) => errors.push(error) });
      await vi.waitFor(() => expect(Object.keys(document.querySelector('main')!).some((key) => key.startsWith('__reactFiber'))).toBe(true));
      expect(listed.filter((tag) => tag === 'meta' || tag === 'link')).toEqual([]);
      expect(errors).toEqual([]);
      // The head's own elements, claimed: none drawn again, none added.
      expect(document.head).toBe(head);
      expect(document.querySelectorAll('meta, link')).toHaveLength(2);
      expect(document.title).toBe('Note');
    } finally {
      spy.mockRestore();
    }
  });
});

// @vitest-environment jsdom
import { FIRST_SCREEN_PENDING, watchFirstScreen } from './first-screen-watch';

const MARK = 'first-screen-end';

/** A document still being parsed, watched as the first-paint script watches a page. */
function parsingPage(): Document {
  const doc = document.implementation.createHTMLDocument('page');
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  watchFirstScreen(doc, MARK, FIRST_SCREEN_PENDING);
  return doc;
}

const pending = (doc: Document) => doc.documentElement.dataset[FIRST_SCREEN_PENDING] !== undefined;
// Mutation records reach the watch at the next microtask, as they do between the parser's tasks.
const records = () => new Promise<void>((resolve) => queueMicrotask(resolve));

function element(doc: Document, className?: string, child?: HTMLElement): HTMLElement {
  const made = doc.createElement(className === MARK ? 'span' : 'div');
  if (className) made.className = className;
  if (child) made.append(child);
  return made;
}

describe('watchFirstScreen', () => {
  test.each([
    ['the parser adds the mark itself', (doc: Document) => element(doc, MARK)],
    ['the app adds a whole <main> holding the mark', (doc: Document) => element(doc, 'app-main', element(doc, 'note-body', element(doc, MARK)))],
  ])('the page is unseen until %s', async (_name, make) => {
    const doc = parsingPage();
    expect(pending(doc)).toBe(true);
    doc.body.append(element(doc, 'app-header'));
    await records();
    expect(pending(doc)).toBe(true);
    doc.body.append(make(doc));
    await records();
    expect(pending(doc)).toBe(false);
  });

  test('a page whose mark never comes shows once its HTML is parsed', async () => {
    const doc = parsingPage();
    doc.body.append(element(doc, 'app-main'));
    await records();
    expect(pending(doc)).toBe(true);
    doc.dispatchEvent(new Event('DOMContentLoaded'));
    expect(pending(doc)).toBe(false);
  });

  test('run on a page already parsed, it hides nothing (nothing would come to show it)', () => {
    const doc = document.implementation.createHTMLDocument('page');
    Object.defineProperty(doc, 'readyState', { value: 'complete', configurable: true });
    watchFirstScreen(doc, MARK, FIRST_SCREEN_PENDING);
    expect(pending(doc)).toBe(false);
  });
});
